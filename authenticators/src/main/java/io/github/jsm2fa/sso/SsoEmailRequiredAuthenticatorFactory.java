package io.github.jsm2fa.sso;

import io.github.jsm2fa.common.AbstractAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

/** Registers the step that refuses SAML sign-in without an e-mail for the NameID. */
public class SsoEmailRequiredAuthenticatorFactory extends AbstractAuthenticatorFactory {

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
}
