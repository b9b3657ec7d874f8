package io.github.jsm2fa.jsmsync.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jsm2fa.jsmsync.client.JsmDeployment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsmSyncConfigTest {

  private static Map<String, String> valid() {
    Map<String, String> config = new HashMap<>();
    config.put("siteUrl", "https://example.atlassian.net");
    config.put("accountEmail", "bot@example.com");
    config.put("apiToken", "${vault.jsm}");
    return config;
  }

  @Test
  void minimalCloud_defaultsApplied() {
    JsmSyncConfig config = JsmSyncConfig.parse(valid(), secret -> "resolved");

    assertThat(config.deployment()).isEqualTo(JsmDeployment.CLOUD);
    assertThat(config.apiToken()).isEqualTo("resolved");
    assertThat(config.serviceDeskIds()).isEmpty();
    assertThat(config.pageSize()).isEqualTo(50);
    assertThat(config.organizations()).isEqualTo("auto");
    assertThat(config.importWithoutEmail()).isFalse();
    assertThat(config.toString()).doesNotContain("resolved");
  }

  @Test
  void dataCenter_needsNoAccountEmail_andListsDesks() {
    Map<String, String> values = valid();
    values.remove("accountEmail");
    values.put("deployment", "dataCenter");
    values.put("serviceDesks", "1, 22 ,333");
    values.put("withoutEmail", "importById");

    JsmSyncConfig config = JsmSyncConfig.parse(values, secret -> secret);

    assertThat(config.deployment()).isEqualTo(JsmDeployment.DATA_CENTER);
    assertThat(config.serviceDeskIds()).isEqualTo(List.of("1", "22", "333"));
    assertThat(config.importWithoutEmail()).isTrue();
  }

  @ParameterizedTest(name = "{0}={1} -> {2}")
  @CsvSource(
      nullValues = "null",
      value = {
        "siteUrl, null, jsm2fa-jsm-sync-site-url-invalid",
        "siteUrl, ftp://example.com, jsm2fa-jsm-sync-site-url-invalid",
        "siteUrl, https://, jsm2fa-jsm-sync-site-url-invalid",
        "siteUrl, https://example.com?x=1, jsm2fa-jsm-sync-site-url-invalid",
        "apiToken, '', jsm2fa-jsm-sync-api-token-missing",
        "accountEmail, null, jsm2fa-jsm-sync-account-email-missing",
        "serviceDesks, 'one,two', jsm2fa-jsm-sync-service-desks-invalid",
        "pageSize, 0, jsm2fa-jsm-sync-number-invalid",
        "pageSize, 1001, jsm2fa-jsm-sync-number-invalid",
        "pageSize, many, jsm2fa-jsm-sync-number-invalid",
        "organizations, teams, jsm2fa-jsm-sync-organizations-invalid",
      })
  void badValue_rejectedWithKey(String key, String value, String messageKey) {
    Map<String, String> values = valid();
    values.put(key, value);

    assertThatThrownBy(() -> JsmSyncConfig.parse(values, secret -> secret))
        .isInstanceOf(InvalidSyncConfigException.class)
        .hasMessage(messageKey);
  }

  @Test
  void unresolvedVaultReference_reportedAsMissingToken() {
    assertThatThrownBy(() -> JsmSyncConfig.parse(valid(), secret -> null))
        .hasMessage("jsm2fa-jsm-sync-api-token-missing");
  }
}
