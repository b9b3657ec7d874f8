package io.github.jsm2fa.yubikey;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.CredentialValidator;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.events.Details;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/** The login step: the customer touches a registered YubiKey. */
public final class YubikeyAuthenticator
    implements Authenticator, CredentialValidator<YubikeyCredentialProvider> {

  static final String TEMPLATE = "jsm2fa-yubikey-login.ftl";
  static final String OTP_FIELD = "otp";

  private static final Logger LOG = Logger.getLogger(YubikeyAuthenticator.class);

  @Override
  public void authenticate(AuthenticationFlowContext context) {
    context.challenge(form(context, null));
  }

  @Override
  public void action(AuthenticationFlowContext context) {
    UserModel user = context.getUser();
    context.getEvent().user(user).detail(Details.CREDENTIAL_TYPE, YubikeyCredentialModel.TYPE);

    // While the customer is locked out even a valid OTP is refused, and nothing more is counted.
    String lockout = AuthenticatorUtils.getDisabledByBruteForceEventError(context, user);
    if (lockout != null) {
      context.getEvent().error(lockout);
      context.forceChallenge(form(context, "yubikeyAccountLocked"));
      return;
    }

    String input = context.getHttpRequest().getDecodedFormParameters().getFirst(OTP_FIELD);
    YubikeyOutcome outcome;
    String publicId = null;
    try {
      List<YubikeyOtp> candidates = YubikeyOtpParser.parse(input);
      YubikeyVerifier.Result result =
          new YubikeyVerifier(context.getSession(), context.getRealm(), config(context))
              .verify(user, candidates);
      outcome = result.outcome();
      publicId = result.credential().map(c -> c.data().publicId()).orElse(null);
      result
          .credential()
          .ifPresent(c -> context.getEvent().detail(Details.CREDENTIAL_ID, c.getId()));
    } catch (MalformedOtpException e) {
      LOG.debugf("YubiKey input of user %s rejected locally: %s", user.getId(), e.reason());
      outcome = YubikeyOutcome.MALFORMED;
    }

    respond(context, outcome, publicId);
  }

  private void respond(AuthenticationFlowContext context, YubikeyOutcome outcome, String publicId) {
    LOG.logf(
        outcome.logLevel(),
        "YubiKey step for user %s in realm %s: %s (key %s)",
        context.getUser().getId(),
        context.getRealm().getName(),
        outcome,
        publicId);
    if (outcome.isSuccess()) {
      context.success(YubikeyCredentialModel.TYPE);
      return;
    }
    context
        .getEvent()
        .detail(Details.REASON, outcome.name().toLowerCase(Locale.ROOT))
        .error(outcome.eventError());
    Response page = form(context, outcome.messageKey());
    if (outcome.chargedToCustomer()) {
      context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page);
      return;
    }
    context.challenge(page);
  }

  private static Response form(AuthenticationFlowContext context, String errorKey) {
    if (errorKey != null) {
      context.form().addError(new FormMessage(OTP_FIELD, errorKey));
    }
    return context.form().createForm(TEMPLATE);
  }

  private static Map<String, String> config(AuthenticationFlowContext context) {
    return YubikeyRequiredActionFactory.settingsFor(context.getRealm());
  }

  @Override
  public boolean requiresUser() {
    return true;
  }

  @Override
  public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
    return getCredentialProvider(session).isConfiguredFor(realm, user, YubikeyCredentialModel.TYPE);
  }

  @Override
  public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    AuthenticationSessionModel authSession = session.getContext().getAuthenticationSession();
    if (!authSession.getRequiredActions().contains(YubikeyRequiredActionFactory.PROVIDER_ID)) {
      authSession.addRequiredAction(YubikeyRequiredActionFactory.PROVIDER_ID);
    }
  }

  @Override
  public List<RequiredActionFactory> getRequiredActions(KeycloakSession session) {
    return List.of(
        (RequiredActionFactory)
            session
                .getKeycloakSessionFactory()
                .getProviderFactory(
                    RequiredActionProvider.class, YubikeyRequiredActionFactory.PROVIDER_ID));
  }

  @Override
  public String getType(KeycloakSession session) {
    return YubikeyCredentialModel.TYPE;
  }

  @Override
  public YubikeyCredentialProvider getCredentialProvider(KeycloakSession session) {
    return (YubikeyCredentialProvider)
        session.getProvider(CredentialProvider.class, YubikeyCredentialProviderFactory.PROVIDER_ID);
  }

  @Override
  public void close() {}
}
