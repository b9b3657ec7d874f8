package io.github.jsm2fa.yubikey;

/**
 * The import's answer for one CSV row.
 *
 * @param result {@code imported}, {@code already-registered} or {@code invalid}
 */
public record KeyImportResult(int line, String publicId, String result, String reason) {

  static KeyImportResult imported(KeyImportRow row) {
    return new KeyImportResult(row.line(), row.publicId(), "imported", null);
  }

  static KeyImportResult alreadyRegistered(KeyImportRow row) {
    return new KeyImportResult(
        row.line(), row.publicId(), "already-registered", "key belongs to a customer");
  }

  static KeyImportResult invalid(int line, String reason) {
    return new KeyImportResult(line, null, "invalid", reason);
  }
}
