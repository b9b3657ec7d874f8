package io.github.jsm2fa.yubikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YubikeyConfigTest {

  @Test
  void nullConfig_meansDefaults_withOnlineValidationOff() {
    YubikeyConfig config = YubikeyConfig.from(null);

    assertThat(config.serverUrls())
        .containsExactly(URI.create(YubikeyConfigProperties.DEFAULT_SERVER_URL));
    assertThat(config.timeout()).isEqualTo(Duration.ofMillis(5000));
    assertThat(config.onlineEnabled()).isFalse();
    assertThat(config.validationSettings(ref -> ref)).isEmpty();
  }

  @Test
  void multivaluedUrls_splitOnTheAdminConsoleSeparator() {
    YubikeyConfig config =
        YubikeyConfig.from(
            Map.of(
                YubikeyConfigProperties.SERVER_URLS, "http://127.0.0.1:1/v##http://127.0.0.1:2/v"));

    assertThat(config.serverUrls())
        .containsExactly(URI.create("http://127.0.0.1:1/v"), URI.create("http://127.0.0.1:2/v"));
  }

  @Test
  void apiKey_isResolvedThroughTheVault_thenDecoded() {
    byte[] key = {1, 2, 3, 4};
    YubikeyConfig config =
        YubikeyConfig.from(
            Map.of(
                YubikeyConfigProperties.CLIENT_ID, "42",
                YubikeyConfigProperties.API_KEY, "${vault.yubico}"));

    var settings =
        config.validationSettings(
            ref -> ref.equals("${vault.yubico}") ? Base64.getEncoder().encodeToString(key) : ref);

    assertThat(settings).hasValueSatisfying(s -> assertThat(s.apiKey()).containsExactly(key));
    assertThat(settings.get().toString()).doesNotContain("AQIDBA");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "non-numeric client id | abc | a2V5 | 5000 | jsm2fa-yubikey-client-id-invalid",
        "client id without key | 42 | '' | 5000 | jsm2fa-yubikey-client-id-and-api-key-together",
        "timeout too small | 42 | a2V5 | 5 | jsm2fa-yubikey-config-invalid",
        "timeout not a number | 42 | a2V5 | soon | jsm2fa-yubikey-config-invalid",
      })
  void badValues_areNamedByMessageKey(
      String name, String clientId, String apiKey, String timeout, String problem) {
    Map<String, String> values =
        Map.of(
            YubikeyConfigProperties.CLIENT_ID, clientId,
            YubikeyConfigProperties.API_KEY, apiKey,
            YubikeyConfigProperties.TIMEOUT_MILLIS, timeout);

    assertThat(YubikeyConfig.problemIn(values)).contains(problem);
  }

  @Test
  void goodValues_haveNoProblem() {
    Map<String, String> values =
        Map.of(
            YubikeyConfigProperties.CLIENT_ID, "42",
            YubikeyConfigProperties.API_KEY, "a2V5",
            YubikeyConfigProperties.TIMEOUT_MILLIS, "1500");

    assertThat(YubikeyConfig.problemIn(values)).isEmpty();
    assertThat(YubikeyConfig.from(values).timeout()).isEqualTo(Duration.ofMillis(1500));
  }
}
