package io.github.jsm2fa.jsmsync.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes CSV that a spreadsheet opens as plain text: every cell quoted, and a cell that a
 * spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return)
 * prefixed with an apostrophe.
 */
public final class SpreadsheetSafeCsvWriter implements Closeable {
  private final CSVPrinter printer;

  public SpreadsheetSafeCsvWriter(Writer out) throws IOException {
    this.printer =
        new CSVPrinter(
            out,
            CSVFormat.RFC4180
                .builder()
                .setQuoteMode(QuoteMode.ALL)
                .setRecordSeparator("\r\n")
                .get());
  }

  public void row(Object... cells) throws IOException {
    Object[] safe = new Object[cells.length];
    for (int i = 0; i < cells.length; i++) {
      safe[i] = neutralize(cells[i] == null ? "" : cells[i].toString());
    }
    printer.printRecord(safe);
  }

  static String neutralize(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    if (first == '\t' || first == '\r') {
      return "'" + cell;
    }
    String trimmed = cell.stripLeading();
    if (!trimmed.isEmpty() && "=+-@".indexOf(trimmed.charAt(0)) >= 0) {
      return "'" + cell;
    }
    return cell;
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
