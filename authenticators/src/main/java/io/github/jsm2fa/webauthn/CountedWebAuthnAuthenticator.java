package io.github.jsm2fa.webauthn;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.WebAuthnAuthenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.credential.WebAuthnCredentialModel;
import org.keycloak.services.messages.Messages;

/**
 * Keycloak's WebAuthn second-factor step, refusing a customer who is locked out by brute-force
 * detection. Keycloak's own step accepts a valid security key even then; its factory here reports a
 * counted category so that failures count toward the lockout.
 */
public class CountedWebAuthnAuthenticator extends WebAuthnAuthenticator {

  public CountedWebAuthnAuthenticator(KeycloakSession session) {
    super(session);
  }

  @Override
  public void action(AuthenticationFlowContext context) {
    String bruteForceError =
        AuthenticatorUtils.getDisabledByBruteForceEventError(context, context.getUser());
    if (bruteForceError == null) {
      super.action(context);
      return;
    }

    // Locked out: even a valid key is refused, and the page does not say why.
    context.getEvent().user(context.getUser()).error(bruteForceError);
    LoginFormsProvider form = fillContextForm(context);
    if (form == null) {
      // No key is registered any more; Keycloak's step would ask for registration.
      context.attempted();
      return;
    }
    form.setError(Messages.WEBAUTHN_ERROR_AUTH_VERIFICATION);
    context.forceChallenge(form.createLoginWebAuthn());
  }

  /** The credential type, known without a session. */
  @Override
  public String getType(KeycloakSession session) {
    return WebAuthnCredentialModel.TYPE_TWOFACTOR;
  }
}
