package io.github.jsm2fa.jsmsync.csv;

import java.io.IOException;
import java.io.Reader;

/** Guesses the delimiter from the header line: the most frequent of , ; and tab outside quotes. */
final class CsvDelimiters {
  static final String SUPPORTED = ",;\t";
  private static final int HEADER_LOOKAHEAD = 1 << 16;

  private CsvDelimiters() {}

  /**
   * Reads the header line from a reader that supports mark and reset, and resets it.
   *
   * @return the detected delimiter; a comma when the header has none of the three
   */
  static char detect(Reader reader) throws IOException {
    reader.mark(HEADER_LOOKAHEAD);
    try {
      return detect(readHeaderLine(reader));
    } finally {
      reader.reset();
    }
  }

  static char detect(String headerLine) {
    int[] counts = new int[SUPPORTED.length()];
    boolean quoted = false;
    for (int i = 0; i < headerLine.length(); i++) {
      char c = headerLine.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && SUPPORTED.indexOf(c) >= 0) {
        counts[SUPPORTED.indexOf(c)]++;
      }
    }

    int best = 0;
    for (int i = 1; i < counts.length; i++) {
      if (counts[i] > counts[best]) {
        best = i;
      }
    }
    return SUPPORTED.charAt(best);
  }

  // The first non-blank line, ending at a CR or LF outside quotes.
  private static String readHeaderLine(Reader reader) throws IOException {
    StringBuilder line = new StringBuilder();
    boolean quoted = false;
    int read;
    for (int n = 0; n < HEADER_LOOKAHEAD - 1 && (read = reader.read()) >= 0; n++) {
      char c = (char) read;
      if (c == '"') {
        quoted = !quoted;
      }
      if (!quoted && (c == '\n' || c == '\r')) {
        if (line.toString().isBlank()) {
          line.setLength(0);
          continue;
        }
        break;
      }
      line.append(c);
    }
    return line.toString();
  }
}
