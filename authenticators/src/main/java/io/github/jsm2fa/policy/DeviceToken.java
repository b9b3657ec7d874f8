package io.github.jsm2fa.policy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The value of a "remember this device" cookie: {@code v1.<device id>.<expiry>.<mac>}, where the
 * MAC (HMAC-SHA256 under a realm key) covers the customer's id, the device id, the expiry and a
 * digest of the customer's second-factor state. Any change to that state (reset MFA, a credential
 * added or removed, a new password) changes the digest, so every remembered device is revoked.
 */
final class DeviceToken {

  private static final String VERSION = "v1";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private DeviceToken() {}

  static String issue(
      byte[] key, String userId, String deviceId, long expiresAtSeconds, String stateDigest) {
    String mac = mac(key, userId, deviceId, expiresAtSeconds, stateDigest);
    return VERSION + "." + deviceId + "." + expiresAtSeconds + "." + mac;
  }

  /** True when the token was issued for this customer and state and has not expired. */
  static boolean verify(
      byte[] key, String token, String userId, long nowSeconds, String stateDigest) {
    if (token == null || key == null) {
      return false;
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 4 || !VERSION.equals(parts[0]) || parts[1].isEmpty()) {
      return false;
    }
    long expiresAt;
    try {
      expiresAt = Long.parseLong(parts[2]);
    } catch (NumberFormatException e) {
      return false;
    }
    if (expiresAt <= nowSeconds) {
      return false;
    }
    byte[] expected =
        mac(key, userId, parts[1], expiresAt, stateDigest).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, parts[3].getBytes(StandardCharsets.US_ASCII));
  }

  /** The device id of a well-formed token, or {@code null}. */
  static String deviceId(String token) {
    if (token == null) {
      return null;
    }
    String[] parts = token.split("\\.", -1);
    return parts.length == 4 && !parts[1].isEmpty() ? parts[1] : null;
  }

  private static String mac(
      byte[] key, String userId, String deviceId, long expiresAt, String stateDigest) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      // Length-prefixed fields, so no two field combinations give the same input.
      for (String field : new String[] {userId, deviceId, Long.toString(expiresAt), stateDigest}) {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        mac.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) ':');
        mac.update(bytes);
      }
      return ENCODER.encodeToString(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }
}
