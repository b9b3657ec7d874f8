package io.github.jsm2fa.yubikey;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/** Decrypts a YubiKey OTP token with the key's AES-128 secret and checks its CRC. */
final class TokenDecryptor {

  // CRC-16 (ISO 13239) over the 14 data bytes plus their stored complement leaves this residue.
  private static final int CRC_RESIDUE = 0xf0b8;

  private TokenDecryptor() {}

  /** The token's fields, or empty when the token does not decrypt to a valid CRC. */
  static Optional<DecryptedToken> decrypt(String tokenModhex, byte[] aesKey) {
    byte[] plain = aesDecrypt(Modhex.decode(tokenModhex), aesKey);
    if (crc16(plain) != CRC_RESIDUE) {
      return Optional.empty();
    }

    String privateId = HexFormat.of().formatHex(plain, 0, 6);
    int sessionCounter = ((plain[6] & 0xff) | (plain[7] & 0xff) << 8) & 0x7fff;
    int timestamp = (plain[8] & 0xff) | (plain[9] & 0xff) << 8 | (plain[10] & 0xff) << 16;
    int sessionUse = plain[11] & 0xff;
    return Optional.of(new DecryptedToken(privateId, sessionCounter, sessionUse, timestamp));
  }

  static int crc16(byte[] data) {
    int crc = 0xffff;
    for (byte b : data) {
      crc ^= b & 0xff;
      for (int bit = 0; bit < 8; bit++) {
        boolean lowBit = (crc & 1) != 0;
        crc >>= 1;
        if (lowBit) {
          crc ^= 0x8408;
        }
      }
    }
    return crc;
  }

  private static byte[] aesDecrypt(byte[] token, byte[] aesKey) {
    try {
      Cipher cipher = Cipher.getInstance("AES/ECB/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"));
      return cipher.doFinal(token);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-128 is not available or the key is not 16 bytes", e);
    }
  }
}
