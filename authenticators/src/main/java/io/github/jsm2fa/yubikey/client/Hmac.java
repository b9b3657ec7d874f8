package io.github.jsm2fa.yubikey.client;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The protocol's HMAC-SHA1 signature: over {@code key=value} pairs sorted by key, joined by &. */
final class Hmac {

  static final String SIGNATURE_KEY = "h";

  private Hmac() {}

  static String sign(Map<String, String> parameters, byte[] key) {
    SortedMap<String, String> sorted = new TreeMap<>(parameters);
    sorted.remove(SIGNATURE_KEY);
    String message =
        sorted.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("&"));
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      // HMAC pads a short key with zero bytes, so an empty key equals a single zero byte; the
      // JDK refuses a zero-length key, and servers sign their early errors with an empty one.
      byte[] usableKey = key.length == 0 ? new byte[1] : key;
      mac.init(new SecretKeySpec(usableKey, "HmacSHA1"));
      byte[] digest = mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is not available", e);
    }
  }

  /** Whether {@code parameters} carry an {@code h} that signs the rest with {@code key}. */
  static boolean verifies(Map<String, String> parameters, byte[] key) {
    String received = parameters.get(SIGNATURE_KEY);
    if (received == null) {
      return false;
    }
    byte[] expected = sign(parameters, key).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, received.getBytes(StandardCharsets.US_ASCII));
  }
}
