package io.github.jsm2fa.jsmsync.federation;

import static io.github.jsm2fa.jsmsync.federation.JsmSyncConfigProperties.*;

import io.github.jsm2fa.jsmsync.client.JdkJsmTransport;
import io.github.jsm2fa.jsmsync.client.JsmCredentials;
import io.github.jsm2fa.jsmsync.client.JsmCustomerClient;
import io.github.jsm2fa.jsmsync.client.JsmDeployment;
import io.github.jsm2fa.jsmsync.client.RetryPolicy;
import io.github.jsm2fa.jsmsync.client.Sleeper;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The typed settings of one JSM sync component. Parsing owns the defaults; a wrong value raises
 * {@link InvalidSyncConfigException} with a message key naming the setting.
 */
public record JsmSyncConfig(
    URI siteUrl,
    JsmDeployment deployment,
    String accountEmail,
    String apiToken,
    List<String> serviceDeskIds,
    int pageSize,
    int maxPages,
    boolean importWithoutEmail,
    String organizations,
    Duration timeout,
    RetryPolicy retryPolicy) {

  /**
   * @param config the component's first values per key
   * @param secrets resolves a vault reference such as {@code ${vault.jsm-token}} to the secret
   */
  public static JsmSyncConfig parse(Map<String, String> config, UnaryOperator<String> secrets) {
    URI site = parseSite(config.get(SITE_URL));
    JsmDeployment deployment = JsmDeployment.fromConfig(config.get(DEPLOYMENT));
    String email = blankToNull(config.get(ACCOUNT_EMAIL));
    String token = blankToNull(secrets.apply(blankToNull(config.get(API_TOKEN))));
    if (token == null) {
      throw new InvalidSyncConfigException("jsm2fa-jsm-sync-api-token-missing");
    }
    if (deployment == JsmDeployment.CLOUD && email == null) {
      throw new InvalidSyncConfigException("jsm2fa-jsm-sync-account-email-missing");
    }

    String desks = blankToNull(config.get(SERVICE_DESKS));
    List<String> deskIds =
        desks == null
            ? List.of()
            : Arrays.stream(desks.split("[,\\s]+")).filter(id -> !id.isEmpty()).toList();
    if (!deskIds.stream().allMatch(id -> id.matches("\\d{1,18}"))) {
      throw new InvalidSyncConfigException("jsm2fa-jsm-sync-service-desks-invalid");
    }

    String organizations = orDefault(config.get(ORGANIZATIONS), ORGANIZATIONS_AUTO);
    if (!List.of(
            ORGANIZATIONS_AUTO,
            ORGANIZATIONS_GROUPS,
            ORGANIZATIONS_ORGANIZATIONS,
            ORGANIZATIONS_NONE)
        .contains(organizations)) {
      throw new InvalidSyncConfigException("jsm2fa-jsm-sync-organizations-invalid");
    }

    RetryPolicy retries =
        new RetryPolicy(
            number(config, MAX_RETRIES, DEFAULT_MAX_RETRIES, 0, 100),
            Duration.ofSeconds(
                number(config, MAX_RETRY_WAIT_SECONDS, DEFAULT_MAX_RETRY_WAIT_SECONDS, 1, 86_400)),
            Duration.ofMillis(500),
            Duration.ofSeconds(2),
            0.2);
    return new JsmSyncConfig(
        site,
        deployment,
        email,
        token,
        deskIds,
        number(config, PAGE_SIZE, DEFAULT_PAGE_SIZE, 1, 1000),
        number(config, MAX_PAGES, DEFAULT_MAX_PAGES, 1, 1_000_000),
        WITHOUT_EMAIL_IMPORT_BY_ID.equals(config.get(WITHOUT_EMAIL)),
        organizations,
        Duration.ofSeconds(number(config, TIMEOUT_SECONDS, DEFAULT_TIMEOUT_SECONDS, 1, 3600)),
        retries);
  }

  public JsmCustomerClient newClient() {
    return new JsmCustomerClient(
        siteUrl.toString(),
        new JsmCredentials(deployment, accountEmail, apiToken),
        new JdkJsmTransport(timeout, timeout),
        retryPolicy,
        Sleeper.REAL,
        pageSize,
        maxPages);
  }

  /** Keeps the token out of logs and error pages. */
  @Override
  public String toString() {
    return "JsmSyncConfig[" + siteUrl + ", " + deployment + ", desks=" + serviceDeskIds + "]";
  }

  private static URI parseSite(String value) {
    String site = blankToNull(value);
    try {
      URI uri = site == null ? null : URI.create(site.strip());
      if (uri == null
          || uri.getHost() == null
          || !List.of("http", "https").contains(uri.getScheme())
          || uri.getQuery() != null) {
        throw new InvalidSyncConfigException("jsm2fa-jsm-sync-site-url-invalid");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new InvalidSyncConfigException("jsm2fa-jsm-sync-site-url-invalid");
    }
  }

  private static int number(
      Map<String, String> config, String key, int fallback, int min, int max) {
    String raw = blankToNull(config.get(key));
    if (raw == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidSyncConfigException("jsm2fa-jsm-sync-number-invalid", key);
  }

  private static String orDefault(String value, String fallback) {
    String present = blankToNull(value);
    return present == null ? fallback : present;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
