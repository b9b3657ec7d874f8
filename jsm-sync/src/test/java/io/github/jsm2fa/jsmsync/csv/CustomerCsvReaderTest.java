package io.github.jsm2fa.jsmsync.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CustomerCsvReaderTest {
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
  private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

  static Stream<Arguments> dialects() {
    String comma = "Email,Display Name\r\nada@example.com,Ada Lovelace\r\nbob@example.com,Bob\r\n";
    return Stream.of(
        Arguments.of("comma CRLF", bytes(comma, StandardCharsets.UTF_8), ','),
        Arguments.of("comma LF", bytes(comma.replace("\r\n", "\n"), StandardCharsets.UTF_8), ','),
        Arguments.of("comma CR", bytes(comma.replace("\r\n", "\r"), StandardCharsets.UTF_8), ','),
        Arguments.of("semicolon", bytes(comma.replace(',', ';'), StandardCharsets.UTF_8), ';'),
        Arguments.of("tab", bytes(comma.replace(',', '\t'), StandardCharsets.UTF_8), '\t'),
        Arguments.of("utf-8 bom", concat(UTF8_BOM, bytes(comma, StandardCharsets.UTF_8)), ','),
        Arguments.of(
            "utf-16le bom", concat(UTF16LE_BOM, bytes(comma, StandardCharsets.UTF_16LE)), ','),
        Arguments.of(
            "utf-16be bom", concat(UTF16BE_BOM, bytes(comma, StandardCharsets.UTF_16BE)), ','),
        Arguments.of(
            "blank lines",
            bytes(
                "\n\nE-mail,Name\n\nada@example.com,Ada Lovelace\n\n\nbob@example.com,Bob\n\n",
                StandardCharsets.UTF_8),
            ','),
        Arguments.of(
            "quoted semicolons inside comma file",
            bytes(
                "\"Email\",\"Full name\"\nada@example.com,\"Ada; Lovelace\"\nbob@example.com,Bob\n",
                StandardCharsets.UTF_8),
            ','));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void dialect_readsBothCustomers(String name, byte[] file, char expectedDelimiter) {
    List<CustomerCsvRow> rows = new ArrayList<>();
    try (CustomerCsvReader reader = CustomerCsvReader.open(new ByteArrayInputStream(file), null)) {
      assertThat(reader.delimiter()).isEqualTo(expectedDelimiter);
      reader.forEach(rows::add);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }

    assertThat(rows)
        .extracting(CustomerCsvRow::email)
        .containsExactly("ada@example.com", "bob@example.com");
    assertThat(rows.get(0).displayName()).isIn("Ada Lovelace", "Ada; Lovelace");
    assertThat(rows.get(1).displayName()).isEqualTo("Bob");
  }

  @Test
  void quotedNewlineAndEscapedQuote_keptInOneCell() {
    String file = "email,name\r\n\"ada@example.com\",\"Ada \"\"The Countess\"\"\nLovelace\"\r\n";

    List<CustomerCsvRow> rows = read(file, null);

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).displayName()).isEqualTo("Ada \"The Countess\"\nLovelace");
    assertThat(rows.get(0).rowNumber()).isEqualTo(2);
  }

  @Test
  void givenDelimiter_overridesDetection() {
    List<CustomerCsvRow> rows = read("email;name,with comma\nada@example.com;Ada, L\n", ';');

    assertThat(rows.get(0).email()).isEqualTo("ada@example.com");
  }

  @Test
  void unsupportedDelimiter_refused() {
    assertThatThrownBy(() -> read("email|name\n", '|'))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("comma, a semicolon or a tab");
  }

  @Test
  void noEmailColumn_stopsWithThatMessage() {
    assertThatThrownBy(() -> read("name,organization\nAda,Acme\n", null))
        .isInstanceOf(CsvImportException.class)
        .hasMessage(CustomerCsvColumns.NO_EMAIL_COLUMN);
  }

  @Test
  void bomlessUtf16_refusedClearly() {
    byte[] file = bytes("email\nada@example.com\n", StandardCharsets.UTF_16LE);

    assertThatThrownBy(() -> CustomerCsvReader.open(new ByteArrayInputStream(file), null))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("UTF-16 without a byte order mark");
  }

  @Test
  void latin1Bytes_refusedAsNotUtf8WithRow() {
    byte[] file = bytes("email,name\nada@example.com,Ren\u00e9e\n", StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> read(file, null))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("not valid UTF-8");
  }

  @Test
  void allColumns_mappedAndOrganizationsSplit() {
    String file =
        "Account ID,E-mail Address,First name,Surname,Organisations\n"
            + "acc-1,Ada@Example.com,Ada,Lovelace, Acme | Globex |Acme\n"
            + "acc-2,bob@example.com,Bob,,\n";

    List<CustomerCsvRow> rows = read(file, null);

    assertThat(rows.get(0))
        .isEqualTo(
            new CustomerCsvRow(
                2, "Ada@Example.com", null, "Ada", "Lovelace", "acc-1", List.of("Acme", "Globex")));
    assertThat(rows.get(1).organizations()).isEmpty();
    assertThat(rows.get(1).lastName()).isNull();
  }

  @Test
  void shortRowsAndDelimiterOnlyRows_toleratedOrSkipped() {
    List<CustomerCsvRow> rows = read("email,name\n,,\nada@example.com\n", null);

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).displayName()).isNull();
    assertThat(rows.get(0).rowNumber()).isEqualTo(3);
  }

  private static List<CustomerCsvRow> read(String file, Character delimiter) {
    return read(bytes(file, StandardCharsets.UTF_8), delimiter);
  }

  private static List<CustomerCsvRow> read(byte[] file, Character delimiter) {
    List<CustomerCsvRow> rows = new ArrayList<>();
    try (CustomerCsvReader reader =
        CustomerCsvReader.open(new ByteArrayInputStream(file), delimiter)) {
      reader.forEach(rows::add);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    return rows;
  }

  private static byte[] bytes(String text, Charset charset) {
    return text.getBytes(charset);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
