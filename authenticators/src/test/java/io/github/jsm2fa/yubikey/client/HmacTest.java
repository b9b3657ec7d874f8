package io.github.jsm2fa.yubikey.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HmacTest {

  private static final byte[] KEY = "api key bytes".getBytes(StandardCharsets.UTF_8);

  @Test
  void earlyErrorSignedWithEmptyKey_verifiesWithEmptyKey() {
    Map<String, String> answer =
        Map.of(
            "status", "BACKEND_ERROR",
            "t", "2025-03-04T10:15:30Z0123",
            "h", "N/n7SIP/jgHdTRIlUFZqLtm9zr8=");

    assertThat(Hmac.verifies(answer, new byte[0])).isTrue();
    assertThat(Hmac.verifies(answer, KEY)).isFalse();
  }

  @Test
  void signature_coversSortedPairs_whateverTheInsertionOrder() {
    Map<String, String> forward = new LinkedHashMap<>();
    forward.put("id", "1");
    forward.put("nonce", "abc");
    forward.put("otp", "xyz");
    Map<String, String> backward = new LinkedHashMap<>();
    backward.put("otp", "xyz");
    backward.put("nonce", "abc");
    backward.put("id", "1");

    assertThat(Hmac.sign(forward, KEY)).isEqualTo(Hmac.sign(backward, KEY));
  }

  @Test
  void signature_excludesH_andChangesWithAnyValue() {
    Map<String, String> signed = new LinkedHashMap<>(Map.of("id", "1", "otp", "xyz"));
    String h = Hmac.sign(signed, KEY);
    signed.put("h", h);

    assertThat(Hmac.verifies(signed, KEY)).isTrue();
    signed.put("otp", "xyy");
    assertThat(Hmac.verifies(signed, KEY)).isFalse();
  }

  @Test
  void missingH_doesNotVerify() {
    assertThat(Hmac.verifies(Map.of("status", "OK"), KEY)).isFalse();
  }
}
