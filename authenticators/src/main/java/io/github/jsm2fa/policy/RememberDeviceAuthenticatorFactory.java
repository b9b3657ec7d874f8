package io.github.jsm2fa.policy;

import io.github.jsm2fa.common.AbstractAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

/** Registers the step that offers "remember this device" after a second factor. */
public class RememberDeviceAuthenticatorFactory extends AbstractAuthenticatorFactory {

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
}
