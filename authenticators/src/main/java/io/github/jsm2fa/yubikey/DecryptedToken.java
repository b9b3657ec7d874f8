package io.github.jsm2fa.yubikey;

/**
 * The fields of a decrypted YubiKey OTP token.
 *
 * @param privateIdHex the 6-byte private id, as lower-case hex
 * @param sessionCounter the non-volatile counter, raised at each power-up (15 bits)
 * @param sessionUse the volatile counter, raised at each touch within one power-up
 * @param timestamp the 24-bit 8 Hz timer started at power-up
 */
record DecryptedToken(String privateIdHex, int sessionCounter, int sessionUse, int timestamp) {

  Counters counters() {
    return new Counters(sessionCounter, sessionUse);
  }
}
