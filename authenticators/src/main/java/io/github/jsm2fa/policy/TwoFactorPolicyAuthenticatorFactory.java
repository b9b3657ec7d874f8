package io.github.jsm2fa.policy;

import io.github.jsm2fa.common.AbstractAuthenticatorFactory;
import java.util.List;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * Registers the policy step. Its config, in the realm's browser flow, is the portal's 2FA policy.
 */
public class TwoFactorPolicyAuthenticatorFactory extends AbstractAuthenticatorFactory {

  public static final String ID = "jsm2fa-2fa-policy";

  private static final TwoFactorPolicyAuthenticator SINGLETON = new TwoFactorPolicyAuthenticator();

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
    return "2FA policy";
  }

  @Override
  public String getHelpText() {
    return "The portal's 2FA policy. Place it first in the second-factor subflow, before a"
        + " conditional subflow holding the method steps as alternatives. The gear of this step"
        + " in the browser flow holds the policy for every flow of the realm.";
  }

  /** Not a credential step: nothing this step does is a failed login. */
  @Override
  public String getReferenceCategory() {
    return ID;
  }

  @Override
  public boolean isConfigurable() {
    return true;
  }

  // LIMITATION: Keycloak offers no hook to validate an authenticator config when it is saved, so
  // a bad policy value is accepted by the admin console. Sign-in is then refused with a generic
  // page and a WARN naming the setting. A fix needs a validation hook in Keycloak's admin API.

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return PolicyConfigProperties.PROPERTIES;
  }
}
