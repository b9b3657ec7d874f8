package io.github.jsm2fa.jsmsync.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams customers out of an uploaded CSV file one record at a time; the file is never held in
 * memory. RFC 4180 quoting (with embedded newlines), CR, LF and CRLF line ends and blank lines are
 * handled by Commons CSV; the delimiter is given or detected from the header.
 */
public final class CustomerCsvReader implements Closeable {
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final CustomerCsvColumns columns;
  private final char delimiter;

  private CustomerCsvReader(CSVParser parser, char delimiter) {
    this.parser = parser;
    this.delimiter = delimiter;
    this.records = parser.iterator();
    List<String> header = new ArrayList<>();
    while (header.isEmpty() && records.hasNext()) {
      CSVRecord first = next();
      if (!isBlank(first)) {
        first.forEach(header::add);
      }
    }
    this.columns = CustomerCsvColumns.match(header);
  }

  /**
   * @param delimiter {@code ,}, {@code ;} or tab; null to detect it from the header
   * @throws CsvImportException when the encoding, delimiter or header make the file unusable
   */
  public static CustomerCsvReader open(InputStream in, Character delimiter) {
    if (delimiter != null && CsvDelimiters.SUPPORTED.indexOf(delimiter) < 0) {
      throw new CsvImportException("The delimiter must be a comma, a semicolon or a tab.");
    }
    BufferedReader reader = new BufferedReader(CsvCharsets.open(in), 1 << 16);
    try {
      char chosen = delimiter != null ? delimiter : CsvDelimiters.detect(reader);
      CSVFormat format =
          CSVFormat.RFC4180
              .builder()
              .setDelimiter(chosen)
              .setIgnoreEmptyLines(true)
              .setIgnoreSurroundingSpaces(true)
              .setTrailingData(true)
              .setLenientEof(true)
              .get();
      return new CustomerCsvReader(
          CSVParser.builder().setReader(reader).setFormat(format).get(), chosen);
    } catch (CharacterCodingException e) {
      throw notUtf8(1);
    } catch (IOException e) {
      throw new CsvImportException("The file could not be read: " + e.getMessage(), e);
    }
  }

  public char delimiter() {
    return delimiter;
  }

  /** Hands every non-blank data row to {@code consumer}, in file order. */
  public void forEach(Consumer<CustomerCsvRow> consumer) {
    while (records.hasNext()) {
      CSVRecord record = next();
      if (!isBlank(record)) {
        consumer.accept(toRow(record));
      }
    }
  }

  private CSVRecord next() {
    try {
      return records.next();
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw notUtf8(parser.getRecordNumber() + 1);
      }
      throw new CsvImportException(
          "The file could not be parsed after row " + parser.getRecordNumber() + ".", e);
    }
  }

  private CustomerCsvRow toRow(CSVRecord record) {
    String organizations = cell(record, columns.organizations());
    List<String> organizationNames =
        columns.organizations() < 0
            ? null
            : organizations == null
                ? List.of()
                : Arrays.stream(organizations.split("\\|"))
                    .map(String::trim)
                    .filter(name -> !name.isEmpty())
                    .distinct()
                    .toList();
    return new CustomerCsvRow(
        record.getRecordNumber(),
        cell(record, columns.email()),
        cell(record, columns.displayName()),
        cell(record, columns.firstName()),
        cell(record, columns.lastName()),
        cell(record, columns.accountId()),
        organizationNames);
  }

  private static String cell(CSVRecord record, int index) {
    if (index < 0 || index >= record.size()) {
      return null;
    }
    String value = record.get(index).strip();
    return value.isEmpty() ? null : value;
  }

  private static boolean isBlank(CSVRecord record) {
    for (String value : record) {
      if (!value.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static CsvImportException notUtf8(long row) {
    return new CsvImportException(
        "Row " + row + " is not valid UTF-8; save the file as UTF-8 (CSV UTF-8) and upload again.");
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
