package io.github.jsm2fa.yubikey;

/**
 * One normalized YubiKey OTP: 44 modhex characters, of which the first 12 are the key's public id.
 *
 * <p>{@link #toString()} names the key only; the OTP itself never reaches a log.
 */
record YubikeyOtp(String value, String layout) {

  static final int PUBLIC_ID_LENGTH = 12;
  static final int TOKEN_LENGTH = 32;
  static final int LENGTH = PUBLIC_ID_LENGTH + TOKEN_LENGTH;

  YubikeyOtp {
    if (value.length() != LENGTH || !Modhex.isModhex(value)) {
      throw new IllegalArgumentException("not a 44-character modhex OTP");
    }
  }

  String publicId() {
    return value.substring(0, PUBLIC_ID_LENGTH);
  }

  /** The 32 modhex characters of the AES-encrypted token. */
  String token() {
    return value.substring(PUBLIC_ID_LENGTH);
  }

  @Override
  public String toString() {
    return "YubikeyOtp[publicId=" + publicId() + ", layout=" + layout + "]";
  }
}
