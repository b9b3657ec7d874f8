package io.github.jsm2fa.yubikey;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * One row of the CSV YubiKey Manager writes when it programs a Yubico OTP slot ({@code ykman otp
 * yubiotp --config-output}): serial, public id (modhex), private id (hex), AES key (hex), then
 * access code and timestamp, which the import ignores.
 *
 * <p>{@link #toString()} leaves out the secrets.
 */
record KeyImportRow(int line, String serial, String publicId, String privateId, String aesKey) {

  /** Reads a data row; empty when the line is blank or a {@code #} comment. */
  static Optional<KeyImportRow> parse(int line, String text) throws InvalidRowException {
    String trimmed = text.strip();
    if (trimmed.isEmpty() || trimmed.startsWith("#")) {
      return Optional.empty();
    }
    String[] columns = trimmed.split(",", -1);
    if (columns.length < 4) {
      throw new InvalidRowException("fewer than 4 columns");
    }
    String publicId = columns[1].strip().toLowerCase(Locale.ROOT);
    String privateId = columns[2].strip().toLowerCase(Locale.ROOT);
    String aesKey = columns[3].strip().toLowerCase(Locale.ROOT);
    if (publicId.length() != YubikeyOtp.PUBLIC_ID_LENGTH || !Modhex.isModhex(publicId)) {
      throw new InvalidRowException("public id is not 12 modhex characters");
    }
    if (!isHex(privateId, 12)) {
      throw new InvalidRowException("private id is not 12 hex characters");
    }
    if (!isHex(aesKey, 32)) {
      throw new InvalidRowException("AES key is not 32 hex characters");
    }
    return Optional.of(new KeyImportRow(line, columns[0].strip(), publicId, privateId, aesKey));
  }

  YubikeySecretData secret() {
    return new YubikeySecretData(aesKey, privateId);
  }

  private static boolean isHex(String value, int length) {
    if (value.length() != length) {
      return false;
    }
    try {
      HexFormat.of().parseHex(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "KeyImportRow[line=" + line + ", serial=" + serial + ", publicId=" + publicId + "]";
  }

  /** A row that is not a YubiKey Manager key row; the message names no secret. */
  static final class InvalidRowException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidRowException(String message) {
      super(message, null, false, false);
    }
  }
}
