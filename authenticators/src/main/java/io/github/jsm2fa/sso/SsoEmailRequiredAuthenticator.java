package io.github.jsm2fa.sso;

import io.github.jsm2fa.common.AlwaysConfiguredAuthenticator;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.Details;
import org.keycloak.models.ClientModel;
import org.keycloak.models.UserModel;
import org.keycloak.saml.common.constants.GeneralConstants;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Refuses a sign-in to a SAML client whose NameID is the e-mail address when the customer has no
 * e-mail, with an error page of the realm.
 *
 * <p>Without this step Keycloak sends the service provider a SAML error instead of an assertion,
 * and the customer sees Atlassian's generic failure page. Every other sign-in passes untouched.
 */
public class SsoEmailRequiredAuthenticator extends AlwaysConfiguredAuthenticator {

  /** Message key of the error page. */
  static final String EMAIL_MISSING_MESSAGE = "ssoEmailMissing";

  /** Event error recorded for the refusal. */
  static final String EMAIL_MISSING_EVENT_ERROR = "sso_email_missing";

  private static final Logger LOG = Logger.getLogger(SsoEmailRequiredAuthenticator.class);

  @Override
  public void authenticate(AuthenticationFlowContext context) {
    AuthenticationSessionModel authSession = context.getAuthenticationSession();
    ClientModel client = authSession.getClient();
    String requested = authSession.getClientNote(GeneralConstants.NAMEID_FORMAT);
    UserModel user = context.getUser();

    if (!SamlNameIdFormat.carriesEmail(client, requested) || hasEmail(user)) {
      context.success();
      return;
    }

    LOG.debugf(
        "Realm %s: user %s has no e-mail; SAML client %s needs it as NameID, sign-in refused",
        context.getRealm().getName(), user.getId(), client.getClientId());
    context
        .getEvent()
        .user(user)
        .detail(Details.REASON, "no e-mail for the SAML NameID")
        .error(EMAIL_MISSING_EVENT_ERROR);
    // A challenge rather than a failure: a missing e-mail is no wrong credential and must not
    // count toward the customer's brute-force lockout.
    context.challenge(
        context.form().setError(EMAIL_MISSING_MESSAGE).createErrorPage(Response.Status.FORBIDDEN));
  }

  @Override
  public void action(AuthenticationFlowContext context) {
    authenticate(context);
  }

  private static boolean hasEmail(UserModel user) {
    String email = user.getEmail();
    return email != null && !email.isBlank();
  }
}
