package io.github.jsm2fa.yubikey;

import java.util.List;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** The YubiKey step's settings, each declared once. Labels and help texts are message keys. */
final class YubikeyConfigProperties {

  static final String SERVER_URLS = "yubikeyServerUrls";
  static final String CLIENT_ID = "yubikeyClientId";
  static final String API_KEY = "yubikeyApiKey";
  static final String TIMEOUT_MILLIS = "yubikeyTimeoutMillis";

  static final String DEFAULT_SERVER_URL = "https://api.yubico.com/wsapi/2.0/verify";
  static final int DEFAULT_TIMEOUT_MILLIS = 5000;

  static final List<ProviderConfigProperty> ALL =
      ProviderConfigurationBuilder.create()
          .property()
          .name(SERVER_URLS)
          .label("jsm2fa-yubikey-server-urls-display-name")
          .helpText("jsm2fa-yubikey-server-urls-help-text")
          .type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
          .defaultValue(DEFAULT_SERVER_URL)
          .add()
          .property()
          .name(CLIENT_ID)
          .label("jsm2fa-yubikey-client-id-display-name")
          .helpText("jsm2fa-yubikey-client-id-help-text")
          .type(ProviderConfigProperty.STRING_TYPE)
          .add()
          .property()
          .name(API_KEY)
          .label("jsm2fa-yubikey-api-key-display-name")
          .helpText("jsm2fa-yubikey-api-key-help-text")
          .type(ProviderConfigProperty.PASSWORD)
          .secret(true)
          .add()
          .property()
          .name(TIMEOUT_MILLIS)
          .label("jsm2fa-yubikey-timeout-millis-display-name")
          .helpText("jsm2fa-yubikey-timeout-millis-help-text")
          .type(ProviderConfigProperty.INTEGER_TYPE)
          .defaultValue(DEFAULT_TIMEOUT_MILLIS)
          .add()
          .build();

  private YubikeyConfigProperties() {}
}
