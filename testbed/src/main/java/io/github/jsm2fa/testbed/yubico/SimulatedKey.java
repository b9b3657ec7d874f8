package io.github.jsm2fa.testbed.yubico;

import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;

/** A key the simulated server knows: its secrets and the last counters it accepted. */
final class SimulatedKey {

  private final byte[] aesKey;
  private final String privateIdHex;
  private int sessionCounter = -1;
  private int sessionUse = -1;

  SimulatedKey(String aesKeyHex, String privateIdHex) {
    this.aesKey = HexFormat.of().parseHex(aesKeyHex);
    this.privateIdHex = privateIdHex;
  }

  /** The token's counters {counter, use, timestamp} if it decrypts with a valid CRC and id. */
  Optional<int[]> decrypt(String tokenModhex) {
    byte[] plain =
        YubikeyOtpGenerator.aes(
            Cipher.DECRYPT_MODE, aesKey, YubikeyOtpGenerator.fromModhex(tokenModhex));
    if (YubikeyOtpGenerator.crc16(plain, 16) != 0xf0b8
        || !HexFormat.of().formatHex(plain, 0, 6).equals(privateIdHex)) {
      return Optional.empty();
    }
    int counter = ((plain[6] & 0xff) | (plain[7] & 0xff) << 8) & 0x7fff;
    int timestamp = (plain[8] & 0xff) | (plain[9] & 0xff) << 8 | (plain[10] & 0xff) << 16;
    return Optional.of(new int[] {counter, plain[11] & 0xff, timestamp});
  }

  /** Accepts the counters if they are past the stored ones; false means a replay. */
  synchronized boolean advance(int counter, int use) {
    if (counter < sessionCounter || (counter == sessionCounter && use <= sessionUse)) {
      return false;
    }
    sessionCounter = counter;
    sessionUse = use;
    return true;
  }
}
