package io.github.jsm2fa.jsmsync.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetSafeCsvWriterTest {

  @ParameterizedTest
  @CsvSource(
      quoteCharacter = '`',
      value = {
        "`=HYPERLINK(\"x\")`, `'=HYPERLINK(\"x\")`",
        "+1, '+1",
        "-2, '-2",
        "@SUM(A1), '@SUM(A1)",
        "`  =1`, `'  =1`",
        "ada@example.com, ada@example.com",
        "`a=b`, `a=b`",
      })
  void cell_neutralizedWhenFormula(String cell, String expected) {
    assertThat(SpreadsheetSafeCsvWriter.neutralize(cell)).isEqualTo(expected);
  }

  @Test
  void tabOrCarriageReturnLead_neutralized() {
    assertThat(SpreadsheetSafeCsvWriter.neutralize("\t=1")).isEqualTo("'\t=1");
    assertThat(SpreadsheetSafeCsvWriter.neutralize("\r=1")).isEqualTo("'\r=1");
  }

  @Test
  void row_quotesEveryCell() throws Exception {
    StringWriter out = new StringWriter();
    try (SpreadsheetSafeCsvWriter writer = new SpreadsheetSafeCsvWriter(out)) {
      writer.row(2, "=cmd", null, "a \"b\"");
    }

    assertThat(out).hasToString("\"2\",\"'=cmd\",\"\",\"a \"\"b\"\"\"\r\n");
  }
}
