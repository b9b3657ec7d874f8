package io.github.jsm2fa.common;

import java.util.List;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * What the pack's authenticator factories share: nothing to set up or close, and the defaults of a
 * step that is required or disabled, has no settings and asks the customer to set nothing up.
 *
 * <p>A step that differs overrides the method. The reference category is left to each factory on
 * purpose: it decides whether a failure counts toward brute-force lockout (see {@link
 * BruteForceCategory}), and a condition keeps Keycloak's own.
 *
 * <p>LIMITATION: the display types and help texts of the pack's factories (the steps here and the
 * required actions) are English. Keycloak's admin console shows them in the flow editor as given,
 * without looking them up in the message bundles, so admins see them in English whatever their
 * language; the labels and help texts of the settings are translated. A fix needs Keycloak to
 * translate a provider's display type and help text.
 */
public abstract class AbstractAuthenticatorFactory
    implements AuthenticatorFactory, NoLifecycleProviderFactory<Authenticator> {

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
}
