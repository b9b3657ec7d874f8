package io.github.jsm2fa.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeviceTokenTest {

  private static final byte[] KEY =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  private static final long NOW = 1_800_000_000L;

  private final String token = DeviceToken.issue(KEY, "user-1", "device-1", NOW + 60, "state-a");

  @Test
  void sameCustomerAndState_beforeExpiry_isValid() {
    assertThat(DeviceToken.verify(KEY, token, "user-1", NOW, "state-a")).isTrue();
    assertThat(DeviceToken.deviceId(token)).isEqualTo("device-1");
  }

  @Test
  void changedSecondFactorState_revokes() {
    assertThat(DeviceToken.verify(KEY, token, "user-1", NOW, "state-b")).isFalse();
  }

  @Test
  void otherCustomer_isRefused() {
    assertThat(DeviceToken.verify(KEY, token, "user-2", NOW, "state-a")).isFalse();
  }

  @Test
  void expired_isRefused() {
    assertThat(DeviceToken.verify(KEY, token, "user-1", NOW + 60, "state-a")).isFalse();
  }

  @Test
  void otherKey_isRefused() {
    byte[] other = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.UTF_8);

    assertThat(DeviceToken.verify(other, token, "user-1", NOW, "state-a")).isFalse();
  }

  @Test
  void extendedExpiry_breaksTheMac() {
    String forged = token.replace("." + (NOW + 60) + ".", "." + (NOW + 6000) + ".");

    assertThat(DeviceToken.verify(KEY, forged, "user-1", NOW + 100, "state-a")).isFalse();
  }

  @Test
  void malformed_isRefused() {
    assertThat(DeviceToken.verify(KEY, "garbage", "user-1", NOW, "state-a")).isFalse();
    assertThat(DeviceToken.verify(KEY, "v1..1.x", "user-1", NOW, "state-a")).isFalse();
    assertThat(DeviceToken.verify(KEY, "v1.d.notanumber.x", "user-1", NOW, "state-a")).isFalse();
    assertThat(DeviceToken.verify(KEY, null, "user-1", NOW, "state-a")).isFalse();
  }
}
