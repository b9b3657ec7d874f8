package io.github.jsm2fa.sso;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** Registers the step that refuses SAML sign-in without an e-mail for the NameID. */
public class SsoEmailRequiredAuthenticatorFactory implements AuthenticatorFactory {

  public static final String ID = "jsm2fa-sso-email-required";

  private static final SsoEmailRequiredAuthenticator SINGLETON =
      new SsoEmailRequiredAuthenticator();

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
    return "SSO: e-mail required for SAML";
  }

  @Override
  public String getHelpText() {
    return "Shows an error page instead of signing in to a SAML client whose NameID is the e-mail"
        + " address when the customer has no e-mail. Place it after the sign-in steps, so it runs"
        + " after both the SSO cookie and the forms.";
  }

  /** Its own category: a refusal here is no failed credential and never counts toward lockout. */
  @Override
  public String getReferenceCategory() {
    // Not null: Keycloak compares categories with equals() on this value. Not a counted category:
    // this step checks no credential.
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
