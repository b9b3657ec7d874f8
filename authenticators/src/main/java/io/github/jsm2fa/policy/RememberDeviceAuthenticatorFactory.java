package io.github.jsm2fa.policy;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** Registers the step that offers "remember this device" after a second factor. */
public class RememberDeviceAuthenticatorFactory implements AuthenticatorFactory {

  public static final String ID = "jsm2fa-remember-device";

  private static final RememberDeviceAuthenticator SINGLETON = new RememberDeviceAuthenticator();

  @Override
  public Authenticator create(KeycloakSession session) {
    return SINGLETON;
  }

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public String getDisplayType() {
    return "2FA remember device";
  }

  @Override
  public String getHelpText() {
    return "Place last in the second-factor subflow. Records the sign-in and, when the 2FA policy"
        + " remembers devices, offers to remember this one after a second factor.";
  }

  @Override
  public String getReferenceCategory() {
    return ID;
  }

  @Override
  public boolean isConfigurable() {
    return false;
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return List.of();
  }

  @Override
  public Requirement[] getRequirementChoices() {
    return new Requirement[] {Requirement.REQUIRED, Requirement.DISABLED};
  }

  @Override
  public boolean isUserSetupAllowed() {
    return false;
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}
}
