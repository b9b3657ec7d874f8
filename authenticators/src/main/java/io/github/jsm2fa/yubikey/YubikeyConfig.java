package io.github.jsm2fa.yubikey;

import io.github.jsm2fa.yubikey.client.ValidationSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The YubiKey step's settings, typed. A missing config means defaults: offline keys work, and
 * online validation is off until a client id and API key are set.
 *
 * @param apiKeyReference the API key as configured: the key itself or a {@code ${vault.x}}
 *     reference
 */
record YubikeyConfig(
    List<URI> serverUrls, String clientId, String apiKeyReference, Duration timeout) {

  static YubikeyConfig from(Map<String, String> config) {
    Map<String, String> values = config == null ? Map.of() : config;
    String urls = values.getOrDefault(YubikeyConfigProperties.SERVER_URLS, "");
    List<URI> servers =
        Arrays.stream(urls.split("##|[,\\s]+"))
            .map(String::strip)
            .filter(url -> !url.isEmpty())
            .map(URI::create)
            .toList();
    return new YubikeyConfig(
        servers.isEmpty()
            ? List.of(URI.create(YubikeyConfigProperties.DEFAULT_SERVER_URL))
            : servers,
        blankToNull(values.get(YubikeyConfigProperties.CLIENT_ID)),
        blankToNull(values.get(YubikeyConfigProperties.API_KEY)),
        Duration.ofMillis(parseTimeout(values.get(YubikeyConfigProperties.TIMEOUT_MILLIS))));
  }

  /** Checks a config as an admin saves it; returns the message key of the first problem. */
  static Optional<String> problemIn(Map<String, String> config) {
    try {
      YubikeyConfig parsed = from(config);
      for (URI url : parsed.serverUrls()) {
        if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
          return Optional.of("jsm2fa-yubikey-server-urls-invalid");
        }
      }
      if (parsed.clientId() != null && !parsed.clientId().matches("\\d+")) {
        return Optional.of("jsm2fa-yubikey-client-id-invalid");
      }
      if ((parsed.clientId() == null) != (parsed.apiKeyReference() == null)) {
        return Optional.of("jsm2fa-yubikey-client-id-and-api-key-together");
      }
    } catch (IllegalArgumentException e) {
      return Optional.of("jsm2fa-yubikey-config-invalid");
    }
    return Optional.empty();
  }

  boolean onlineEnabled() {
    return clientId != null && apiKeyReference != null;
  }

  /**
   * The settings for the validation client, the API key resolved through {@code resolveSecret} (the
   * vault). Empty when online validation is off or the key does not decode.
   */
  Optional<ValidationSettings> validationSettings(UnaryOperator<String> resolveSecret) {
    if (!onlineEnabled()) {
      return Optional.empty();
    }
    try {
      byte[] apiKey = Base64.getDecoder().decode(resolveSecret.apply(apiKeyReference).strip());
      return Optional.of(new ValidationSettings(serverUrls, clientId, apiKey, timeout));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static int parseTimeout(String value) {
    if (value == null || value.isBlank()) {
      return YubikeyConfigProperties.DEFAULT_TIMEOUT_MILLIS;
    }
    int millis = Integer.parseInt(value.strip());
    if (millis < 100 || millis > 60_000) {
      throw new IllegalArgumentException("timeout out of range");
    }
    return millis;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  @Override
  public String toString() {
    return "YubikeyConfig[servers=" + serverUrls + ", clientId=" + clientId + "]";
  }
}
