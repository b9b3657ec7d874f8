package io.github.jsm2fa.jsmsync.federation;

import java.util.List;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** The settings of the JSM customer sync, declared once; shown on the User Federation page. */
public final class JsmSyncConfigProperties {
  public static final String SITE_URL = "siteUrl";
  public static final String DEPLOYMENT = "deployment";
  public static final String ACCOUNT_EMAIL = "accountEmail";
  public static final String API_TOKEN = "apiToken";
  public static final String SERVICE_DESKS = "serviceDesks";
  public static final String PAGE_SIZE = "pageSize";
  public static final String MAX_PAGES = "maxPages";
  public static final String WITHOUT_EMAIL = "withoutEmail";
  public static final String ORGANIZATIONS = "organizations";
  public static final String TIMEOUT_SECONDS = "timeoutSeconds";
  public static final String MAX_RETRIES = "maxRetries";
  public static final String MAX_RETRY_WAIT_SECONDS = "maxRetryWaitSeconds";

  public static final String DEPLOYMENT_CLOUD = "cloud";
  public static final String DEPLOYMENT_DATA_CENTER = "dataCenter";
  public static final String WITHOUT_EMAIL_SKIP = "skip";
  public static final String WITHOUT_EMAIL_IMPORT_BY_ID = "importById";
  public static final String ORGANIZATIONS_AUTO = "auto";
  public static final String ORGANIZATIONS_GROUPS = "groups";
  public static final String ORGANIZATIONS_ORGANIZATIONS = "organizations";
  public static final String ORGANIZATIONS_NONE = "none";

  public static final int DEFAULT_PAGE_SIZE = 50;
  public static final int DEFAULT_MAX_PAGES = 10_000;
  public static final int DEFAULT_TIMEOUT_SECONDS = 30;
  public static final int DEFAULT_MAX_RETRIES = 8;
  public static final int DEFAULT_MAX_RETRY_WAIT_SECONDS = 300;

  private static final String PREFIX = JsmUserStorageProviderFactory.PROVIDER_ID + "-";

  public static final List<ProviderConfigProperty> PROPERTIES =
      ProviderConfigurationBuilder.create()
          .property(property(SITE_URL, "site-url", ProviderConfigProperty.STRING_TYPE, null))
          .property(
              list(
                  DEPLOYMENT,
                  "deployment",
                  DEPLOYMENT_CLOUD,
                  DEPLOYMENT_CLOUD,
                  DEPLOYMENT_DATA_CENTER))
          .property(
              property(ACCOUNT_EMAIL, "account-email", ProviderConfigProperty.STRING_TYPE, null))
          .property(secret(API_TOKEN, "api-token"))
          .property(
              property(SERVICE_DESKS, "service-desks", ProviderConfigProperty.STRING_TYPE, null))
          .property(
              property(
                  PAGE_SIZE, "page-size", ProviderConfigProperty.INTEGER_TYPE, DEFAULT_PAGE_SIZE))
          .property(
              list(
                  WITHOUT_EMAIL,
                  "without-email",
                  WITHOUT_EMAIL_SKIP,
                  WITHOUT_EMAIL_SKIP,
                  WITHOUT_EMAIL_IMPORT_BY_ID))
          .property(
              list(
                  ORGANIZATIONS,
                  "organizations",
                  ORGANIZATIONS_AUTO,
                  ORGANIZATIONS_AUTO,
                  ORGANIZATIONS_ORGANIZATIONS,
                  ORGANIZATIONS_GROUPS,
                  ORGANIZATIONS_NONE))
          .property(
              property(
                  TIMEOUT_SECONDS,
                  "timeout-seconds",
                  ProviderConfigProperty.INTEGER_TYPE,
                  DEFAULT_TIMEOUT_SECONDS))
          .property(
              property(
                  MAX_RETRIES,
                  "max-retries",
                  ProviderConfigProperty.INTEGER_TYPE,
                  DEFAULT_MAX_RETRIES))
          .property(
              property(
                  MAX_RETRY_WAIT_SECONDS,
                  "max-retry-wait-seconds",
                  ProviderConfigProperty.INTEGER_TYPE,
                  DEFAULT_MAX_RETRY_WAIT_SECONDS))
          .property(
              property(
                  MAX_PAGES, "max-pages", ProviderConfigProperty.INTEGER_TYPE, DEFAULT_MAX_PAGES))
          .build();

  private JsmSyncConfigProperties() {}

  private static ProviderConfigProperty property(
      String name, String labelKey, String type, Object defaultValue) {
    ProviderConfigProperty property =
        new ProviderConfigProperty(
            name,
            PREFIX + labelKey + "-display-name",
            PREFIX + labelKey + "-help-text",
            type,
            defaultValue);
    property.setRequired(SITE_URL.equals(name) || API_TOKEN.equals(name));
    return property;
  }

  private static ProviderConfigProperty list(
      String name, String labelKey, String defaultValue, String... options) {
    ProviderConfigProperty property =
        property(name, labelKey, ProviderConfigProperty.LIST_TYPE, defaultValue);
    property.setOptions(List.of(options));
    return property;
  }

  private static ProviderConfigProperty secret(String name, String labelKey) {
    ProviderConfigProperty property =
        property(name, labelKey, ProviderConfigProperty.PASSWORD, null);
    property.setSecret(true);
    return property;
  }
}
