package io.github.jsm2fa.securityquestions;

import io.github.jsm2fa.common.NoLifecycleProviderFactory;
import java.util.List;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.userprofile.ValidationException;
import org.keycloak.validate.ValidationError;

/**
 * Registers the enrollment required action. Its config holds the settings of the whole
 * security-questions method, so an admin edits the catalogue in one place.
 */
public class SecurityQuestionsSetupActionFactory
    implements RequiredActionFactory, NoLifecycleProviderFactory<RequiredActionProvider> {

  public static final String ID = "jsm2fa-security-questions-setup";

  /** The method's settings in a realm; defaults where the admin has set nothing. */
  public static SecurityQuestionsConfig configFor(RealmModel realm) {
    RequiredActionConfigModel config = realm.getRequiredActionConfigByAlias(ID);
    return SecurityQuestionsConfig.parse(config == null ? null : config.getConfig());
  }

  @Override
  public RequiredActionProvider create(KeycloakSession session) {
    return new SecurityQuestionsSetupAction(session);
  }

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public String getDisplayText() {
    return "Security questions";
  }

  @Override
  public List<ProviderConfigProperty> getConfigMetadata() {
    return SecurityQuestionsConfigProperties.PROPERTIES;
  }

  @Override
  public void validateConfig(
      KeycloakSession session, RealmModel realm, RequiredActionConfigModel model) {
    try {
      SecurityQuestionsConfig.parse(model.getConfig());
    } catch (SecurityQuestionsConfig.InvalidConfigException e) {
      throw new ValidationException(new ValidationError(ID, e.key(), e.messageKey()));
    }
  }
}
