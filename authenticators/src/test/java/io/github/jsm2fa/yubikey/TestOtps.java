package io.github.jsm2fa.yubikey;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/** Builds real YubiKey OTPs for tests: AES-encrypted tokens with a valid CRC. */
final class TestOtps {

  static final String AES_KEY = "000102030405060708090a0b0c0d0e0f";
  static final String PRIVATE_ID = "a1b2c3d4e5f6";
  static final String PUBLIC_ID = "vvfkbeunhdlc";

  private TestOtps() {}

  static String otp(int sessionCounter, int sessionUse) {
    return PUBLIC_ID + token(AES_KEY, PRIVATE_ID, sessionCounter, sessionUse, 0x123456, 0xbeef);
  }

  static String token(
      String aesKeyHex, String privateIdHex, int counter, int use, int timestamp, int random) {
    byte[] plain = new byte[16];
    byte[] privateId = HexFormat.of().parseHex(privateIdHex);
    System.arraycopy(privateId, 0, plain, 0, 6);
    plain[6] = (byte) counter;
    plain[7] = (byte) (counter >> 8);
    plain[8] = (byte) timestamp;
    plain[9] = (byte) (timestamp >> 8);
    plain[10] = (byte) (timestamp >> 16);
    plain[11] = (byte) use;
    plain[12] = (byte) random;
    plain[13] = (byte) (random >> 8);
    byte[] first14 = new byte[14];
    System.arraycopy(plain, 0, first14, 0, 14);
    int crc = ~TokenDecryptor.crc16(first14) & 0xffff;
    plain[14] = (byte) crc;
    plain[15] = (byte) (crc >> 8);
    return Modhex.encode(encrypt(plain, HexFormat.of().parseHex(aesKeyHex)));
  }

  private static byte[] encrypt(byte[] plain, byte[] key) {
    try {
      Cipher cipher = Cipher.getInstance("AES/ECB/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
      return cipher.doFinal(plain);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
