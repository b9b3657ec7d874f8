package io.github.jsm2fa.testbed.yubico;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The validation protocol's HMAC-SHA1 over sorted key=value pairs, as the simulator signs. */
final class ProtocolSignature {

  private ProtocolSignature() {}

  static String sign(Map<String, String> parameters, byte[] key) {
    String text =
        new TreeMap<>(parameters)
            .entrySet().stream()
                .filter(e -> !e.getKey().equals("h"))
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      // An empty HMAC key equals one zero byte (HMAC zero-pads keys); the JDK rejects empty keys.
      mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA1"));
      return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
