package io.github.jsm2fa.yubikey;

import io.github.jsm2fa.common.NoLifecycleProviderFactory;
import java.util.List;
import java.util.Map;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.userprofile.ValidationException;
import org.keycloak.validate.ValidationError;

/**
 * Registers YubiKey enrollment as a required action. Its config holds the settings of the whole
 * YubiKey method (validation servers, client id, API key), which the login step reads too.
 */
public final class YubikeyRequiredActionFactory
    implements RequiredActionFactory, NoLifecycleProviderFactory<RequiredActionProvider> {

  public static final String PROVIDER_ID = "jsm2fa-yubikey-register";

  private static final YubikeyRequiredAction SINGLETON = new YubikeyRequiredAction();

  /** The method's settings in a realm, as stored; empty when the admin has set nothing. */
  static Map<String, String> settingsFor(RealmModel realm) {
    RequiredActionConfigModel config = realm.getRequiredActionConfigByAlias(PROVIDER_ID);
    return config == null || config.getConfig() == null ? Map.of() : config.getConfig();
  }

  @Override
  public RequiredActionProvider create(KeycloakSession session) {
    return SINGLETON;
  }

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String getDisplayText() {
    return "Register a YubiKey";
  }

  @Override
  public List<ProviderConfigProperty> getConfigMetadata() {
    return YubikeyConfigProperties.ALL;
  }

  @Override
  public void validateConfig(
      KeycloakSession session, RealmModel realm, RequiredActionConfigModel model) {
    YubikeyConfig.problemIn(model.getConfig())
        .ifPresent(
            messageKey -> {
              throw new ValidationException(new ValidationError(PROVIDER_ID, "config", messageKey));
            });
  }
}
