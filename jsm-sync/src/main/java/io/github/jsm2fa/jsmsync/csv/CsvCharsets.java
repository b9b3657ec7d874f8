package io.github.jsm2fa.jsmsync.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens an uploaded file as text: UTF-8 with or without a byte order mark, or UTF-16 when a byte
 * order mark says so. UTF-16 without a mark is refused with a message, as is any byte sequence that
 * is not valid UTF-8 (a spreadsheet's "ANSI" export, typically).
 */
final class CsvCharsets {

  private CsvCharsets() {}

  static Reader open(InputStream raw) {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    try {
      in.mark(4);
      byte[] head = in.readNBytes(4);
      in.reset();

      Charset charset = StandardCharsets.UTF_8;
      int skip = 0;
      if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
        skip = 3;
      } else if (startsWith(head, 0xFE, 0xFF)) {
        charset = StandardCharsets.UTF_16BE;
        skip = 2;
      } else if (startsWith(head, 0xFF, 0xFE)) {
        charset = StandardCharsets.UTF_16LE;
        skip = 2;
      } else if (looksLikeBomlessUtf16(head)) {
        throw new CsvImportException(
            "The file looks like UTF-16 without a byte order mark; save it as UTF-8 (CSV UTF-8).");
      }
      in.skipNBytes(skip);

      return new InputStreamReader(
          in,
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT));
    } catch (IOException e) {
      throw new CsvImportException("The file could not be read: " + e.getMessage(), e);
    }
  }

  private static boolean startsWith(byte[] head, int... prefix) {
    if (head.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((head[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  // A header of ASCII letters in UTF-16 has every other byte zero; UTF-8 text never has NULs.
  private static boolean looksLikeBomlessUtf16(byte[] head) {
    return head.length >= 2 && (head[0] == 0 || head[1] == 0);
  }
}
