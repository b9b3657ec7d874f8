package io.github.jsm2fa.it.support;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 codes for Keycloak's default OTP policy (HmacSHA1, 6 digits, 30 s). */
public final class Totp {

  private Totp() {}

  /** The code for a secret as Keycloak's setup page holds it (the raw secret, not Base32). */
  public static String code(String secret, long epochSeconds) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(epochSeconds / 30).array());
      int offset = hash[hash.length - 1] & 0xf;
      int binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
      return String.format("%06d", binary % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A code of the next time step, so it differs from one already used in this step. */
  public static String nextCode(String secret) {
    return code(secret, System.currentTimeMillis() / 1000 + 30);
  }

  public static String now(String secret) {
    return code(secret, System.currentTimeMillis() / 1000);
  }
}
