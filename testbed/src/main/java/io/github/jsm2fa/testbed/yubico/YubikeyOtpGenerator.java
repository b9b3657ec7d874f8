package io.github.jsm2fa.testbed.yubico;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * A simulated YubiKey: builds real Yubico OTPs from an AES-128 key, a private id and counters, as a
 * key's OTP slot does. Each {@link #nextOtp()} is one touch; {@link #powerUp()} is unplugging and
 * plugging the key in again.
 */
public final class YubikeyOtpGenerator {

  static final String MODHEX = "cbdefghijklnrtuv";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String publicId;
  private final byte[] privateId;
  private final byte[] aesKey;
  private int sessionCounter;
  private int sessionUse;
  private final long poweredUpAt = System.nanoTime();

  /**
   * @param publicId 12 modhex characters
   * @param privateIdHex 12 hex characters
   * @param aesKeyHex 32 hex characters
   * @param sessionCounter the power-up counter the key starts with (1 for a new key)
   */
  public YubikeyOtpGenerator(
      String publicId, String privateIdHex, String aesKeyHex, int sessionCounter) {
    this.publicId = publicId;
    this.privateId = HexFormat.of().parseHex(privateIdHex);
    this.aesKey = HexFormat.of().parseHex(aesKeyHex);
    this.sessionCounter = sessionCounter;
  }

  /** A new random key, as YubiKey Manager programs one. */
  public static YubikeyOtpGenerator random() {
    byte[] publicBytes = new byte[6];
    byte[] privateBytes = new byte[6];
    byte[] key = new byte[16];
    RANDOM.nextBytes(publicBytes);
    RANDOM.nextBytes(privateBytes);
    RANDOM.nextBytes(key);
    // Yubico's own keys start with "cc"; keep that so ids look familiar.
    publicBytes[0] = 0;
    return new YubikeyOtpGenerator(
        modhex(publicBytes),
        HexFormat.of().formatHex(privateBytes),
        HexFormat.of().formatHex(key),
        1);
  }

  public String publicId() {
    return publicId;
  }

  public String privateIdHex() {
    return HexFormat.of().formatHex(privateId);
  }

  public String aesKeyHex() {
    return HexFormat.of().formatHex(aesKey);
  }

  /** The line YubiKey Manager writes for this key with {@code --config-output}. */
  public String ykmanCsvLine(String serial) {
    return String.join(
        ",", serial, publicId, privateIdHex(), aesKeyHex(), "", "2026-12-04T10:00:00", "");
  }

  /** One touch: the next OTP, with the use counter one higher. */
  public synchronized String nextOtp() {
    if (sessionUse == 0xff) {
      powerUp();
    }
    String otp = otp(sessionCounter, sessionUse);
    sessionUse++;
    return otp;
  }

  /** Unplug and plug in again: the power-up counter rises, the use counter starts over. */
  public synchronized void powerUp() {
    sessionCounter++;
    sessionUse = 0;
  }

  /** An OTP with the given counters, e.g. to play a cloned key whose counters lag behind. */
  public String otp(int counter, int use) {
    long ticks = (System.nanoTime() - poweredUpAt) / 125_000_000L;
    byte[] plain = new byte[16];
    System.arraycopy(privateId, 0, plain, 0, 6);
    plain[6] = (byte) counter;
    plain[7] = (byte) (counter >> 8);
    plain[8] = (byte) ticks;
    plain[9] = (byte) (ticks >> 8);
    plain[10] = (byte) (ticks >> 16);
    plain[11] = (byte) use;
    int random = RANDOM.nextInt(0x10000);
    plain[12] = (byte) random;
    plain[13] = (byte) (random >> 8);
    int crc = ~crc16(plain, 14) & 0xffff;
    plain[14] = (byte) crc;
    plain[15] = (byte) (crc >> 8);
    return publicId + modhex(aes(Cipher.ENCRYPT_MODE, aesKey, plain));
  }

  static int crc16(byte[] data, int length) {
    int crc = 0xffff;
    for (int i = 0; i < length; i++) {
      crc ^= data[i] & 0xff;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 1) != 0 ? (crc >> 1) ^ 0x8408 : crc >> 1;
      }
    }
    return crc;
  }

  static byte[] aes(int mode, byte[] key, byte[] block) {
    try {
      Cipher cipher = Cipher.getInstance("AES/ECB/NoPadding");
      cipher.init(mode, new SecretKeySpec(key, "AES"));
      return cipher.doFinal(block);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String modhex(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    for (byte b : bytes) {
      out.append(MODHEX.charAt((b >> 4) & 0xf)).append(MODHEX.charAt(b & 0xf));
    }
    return out.toString();
  }

  static byte[] fromModhex(String text) {
    byte[] out = new byte[text.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] =
          (byte) (MODHEX.indexOf(text.charAt(2 * i)) << 4 | MODHEX.indexOf(text.charAt(2 * i + 1)));
    }
    return out;
  }

  @Override
  public String toString() {
    return "YubikeyOtpGenerator[publicId=" + publicId + "]";
  }
}
