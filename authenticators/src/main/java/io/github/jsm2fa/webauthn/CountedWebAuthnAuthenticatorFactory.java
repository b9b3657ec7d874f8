package io.github.jsm2fa.webauthn;

import io.github.jsm2fa.common.BruteForceCategory;
import java.util.Set;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.browser.WebAuthnAuthenticatorFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.credential.WebAuthnCredentialModel;

/**
 * Registers the WebAuthn (security key) second-factor step whose failures count toward brute-force
 * lockout on Keycloak 26.7, which ignores Keycloak's own step's "webauthn" category.
 */
public class CountedWebAuthnAuthenticatorFactory extends WebAuthnAuthenticatorFactory {

  public static final String ID = "jsm2fa-webauthn";

  @Override
  public Authenticator create(KeycloakSession session) {
    return new CountedWebAuthnAuthenticator(session);
  }

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public String getDisplayType() {
    return "WebAuthn security key (counted toward lockout)";
  }

  @Override
  public String getHelpText() {
    return "Keycloak's WebAuthn second factor, with failures counted toward brute-force lockout"
        + " and refused while the customer is locked out.";
  }

  @Override
  public String getReferenceCategory() {
    return BruteForceCategory.SECOND_FACTOR;
  }

  @Override
  public Set<String> getOptionalReferenceCategories(KeycloakSession session) {
    return Set.of(WebAuthnCredentialModel.TYPE_TWOFACTOR);
  }
}
