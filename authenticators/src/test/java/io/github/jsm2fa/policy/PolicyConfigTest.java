package io.github.jsm2fa.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyConfigTest {

  @Test
  void nullConfig_meansDefaults() {
    PolicyConfig policy = PolicyConfig.parse(null);

    assertThat(policy.enabled()).isTrue();
    assertThat(policy.enforced()).isTrue();
    assertThat(policy.allowedMethods()).containsExactlyInAnyOrder(TwoFactorMethod.values());
    assertThat(policy.skipCustomers()).isEmpty();
    assertThat(policy.skipGroups()).isEmpty();
    assertThat(policy.graceLogins()).isZero();
    assertThat(policy.graceUntil()).isNull();
    assertThat(policy.rememberDeviceDays()).isZero();
    assertThat(policy.recoveryCodesStandIn()).isTrue();
    assertThat(policy.hasGracePeriod()).isFalse();
  }

  @Test
  void fullConfig_isParsed() {
    Map<String, String> raw = new HashMap<>();
    raw.put("enabled", "true");
    raw.put("enforced", "false");
    raw.put("allowedMethods", "totp##webauthn");
    raw.put("skipCustomers", "Alice@Example.com## bob ");
    raw.put("skipGroups", "/partners/vip##staff");
    raw.put("graceLogins", "3");
    raw.put("graceUntil", "2027-01-31");
    raw.put("rememberDeviceDays", "30");
    raw.put("recoveryCodesStandIn", "false");

    PolicyConfig policy = PolicyConfig.parse(raw);

    assertThat(policy.enforced()).isFalse();
    assertThat(policy.allowedMethods())
        .isEqualTo(EnumSet.of(TwoFactorMethod.TOTP, TwoFactorMethod.WEBAUTHN));
    assertThat(policy.skipCustomers()).containsExactlyInAnyOrder("alice@example.com", "bob");
    assertThat(policy.skipGroups()).isEqualTo(List.of("/partners/vip", "/staff"));
    assertThat(policy.graceLogins()).isEqualTo(3);
    assertThat(policy.graceUntil()).isEqualTo(LocalDate.of(2027, 1, 31));
    assertThat(policy.rememberDeviceDays()).isEqualTo(30);
    assertThat(policy.recoveryCodesStandIn()).isFalse();
  }

  @Test
  void emptyMethodList_whileEnabled_isRejected() {
    assertThatThrownBy(() -> PolicyConfig.parse(Map.of("allowedMethods", "")))
        .isInstanceOfSatisfying(
            PolicyConfig.InvalidConfigException.class,
            e -> assertThat(e.messageKey()).isEqualTo("jsm2fa-2fa-policy-no-method"));
  }

  @Test
  void emptyMethodList_whileDisabled_isAccepted() {
    PolicyConfig policy = PolicyConfig.parse(Map.of("enabled", "false", "allowedMethods", ""));

    assertThat(policy.allowedMethods()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "allowedMethods, sms, jsm2fa-2fa-policy-unknown-method",
    "enabled, yes, jsm2fa-2fa-policy-not-a-boolean",
    "graceLogins, three, jsm2fa-2fa-policy-not-a-number",
    "graceLogins, -1, jsm2fa-2fa-policy-number-out-of-range",
    "rememberDeviceDays, 366, jsm2fa-2fa-policy-number-out-of-range",
    "graceUntil, 31.01.2027, jsm2fa-2fa-policy-not-a-date",
  })
  void badValue_isRejectedWithItsKey(String key, String value, String messageKey) {
    assertThatThrownBy(() -> PolicyConfig.parse(Map.of(key, value)))
        .isInstanceOfSatisfying(
            PolicyConfig.InvalidConfigException.class,
            e -> {
              assertThat(e.key()).isEqualTo(key);
              assertThat(e.messageKey()).isEqualTo(messageKey);
            });
  }

  @Test
  void everyPropertyHasBundleKeysOfTheProviderId() {
    PolicyConfigProperties.PROPERTIES.forEach(
        p -> {
          assertThat(p.getLabel()).startsWith("jsm2fa-2fa-policy-").endsWith("-display-name");
          assertThat(p.getHelpText()).startsWith("jsm2fa-2fa-policy-").endsWith("-help-text");
        });
  }
}
