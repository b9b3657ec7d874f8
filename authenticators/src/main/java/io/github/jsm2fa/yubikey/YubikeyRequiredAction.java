package io.github.jsm2fa.yubikey;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.keycloak.authentication.CredentialRegistrator;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.utils.FormMessage;

/** Enrollment: the customer names a YubiKey and touches it; the OTP must validate online. */
public final class YubikeyRequiredAction implements RequiredActionProvider, CredentialRegistrator {

  static final String TEMPLATE = "jsm2fa-yubikey-register.ftl";
  static final String LABEL_FIELD = "label";
  static final int MAX_LABEL_LENGTH = 64;

  private static final Logger LOG = Logger.getLogger(YubikeyRequiredAction.class);

  @Override
  public InitiatedActionSupport initiatedActionSupport() {
    return InitiatedActionSupport.SUPPORTED;
  }

  @Override
  public void evaluateTriggers(RequiredActionContext context) {}

  @Override
  public void requiredActionChallenge(RequiredActionContext context) {
    context.challenge(context.form().createForm(TEMPLATE));
  }

  @Override
  public void processAction(RequiredActionContext context) {
    MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
    String label = form.getFirst(LABEL_FIELD) == null ? "" : form.getFirst(LABEL_FIELD).strip();
    context.getEvent().detail(Details.CREDENTIAL_TYPE, YubikeyCredentialModel.TYPE);
    if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH) {
      retry(context, LABEL_FIELD, "yubikeyLabelInvalid", label);
      return;
    }

    List<YubikeyOtp> candidates;
    try {
      candidates = YubikeyOtpParser.parse(form.getFirst(YubikeyAuthenticator.OTP_FIELD));
    } catch (MalformedOtpException e) {
      LOG.debugf(
          "YubiKey enrollment input of user %s rejected: %s",
          context.getUser().getId(), e.reason());
      retry(context, YubikeyAuthenticator.OTP_FIELD, "yubikeyOtpMalformed", label);
      return;
    }

    YubikeyVerifier verifier =
        new YubikeyVerifier(
            context.getSession(),
            context.getRealm(),
            YubikeyRequiredActionFactory.settingsFor(context.getRealm()));

    // A reading under the wrong keyboard layout fails as BAD_OTP; the next reading is tried.
    YubikeyOutcome outcome = YubikeyOutcome.REJECTED;
    YubikeyOtp accepted = null;
    for (YubikeyOtp candidate : candidates) {
      outcome = verifier.validateOnline(candidate);
      if (outcome != YubikeyOutcome.REJECTED) {
        accepted = candidate;
        break;
      }
    }
    if (!outcome.isSuccess()) {
      context.getEvent().detail(Details.REASON, outcome.name().toLowerCase(Locale.ROOT));
      retry(context, YubikeyAuthenticator.OTP_FIELD, outcome.messageKey(), label);
      return;
    }

    enroll(context, label, accepted);
  }

  private void enroll(RequiredActionContext context, String label, YubikeyOtp otp) {
    YubikeyDirectoryCheck owner = ownerCheck(context, otp);
    if (owner != YubikeyDirectoryCheck.FREE) {
      retry(context, YubikeyAuthenticator.OTP_FIELD, owner.messageKey, label);
      return;
    }
    YubikeyCredentialModel credential =
        YubikeyCredentialModel.create(
            label, YubikeyCredentialData.online(otp.publicId()), YubikeySecretData.NONE);
    try {
      new YubikeyCredentialProvider(context.getSession())
          .createCredential(context.getRealm(), context.getUser(), credential);
    } catch (ModelDuplicateException e) {
      retry(context, YubikeyAuthenticator.OTP_FIELD, "yubikeyKeyAlreadyRegistered", label);
      return;
    }
    LOG.debugf(
        "YubiKey %s enrolled for user %s in realm %s",
        otp.publicId(), context.getUser().getId(), context.getRealm().getName());
    context.getEvent().detail(Details.CREDENTIAL_USER_LABEL, label);
    context.success();
  }

  private enum YubikeyDirectoryCheck {
    FREE(null),
    OWN("yubikeyKeyAlreadyYours"),
    TAKEN("yubikeyKeyAlreadyRegistered");

    private final String messageKey;

    YubikeyDirectoryCheck(String messageKey) {
      this.messageKey = messageKey;
    }
  }

  private static YubikeyDirectoryCheck ownerCheck(RequiredActionContext context, YubikeyOtp otp) {
    return new YubikeyKeyDirectory(context.getSession())
        .ownerOf(context.getRealm(), otp.publicId())
        .map(
            owner ->
                owner.equals(context.getUser().getId())
                    ? YubikeyDirectoryCheck.OWN
                    : YubikeyDirectoryCheck.TAKEN)
        .orElse(YubikeyDirectoryCheck.FREE);
  }

  private static void retry(RequiredActionContext context, String field, String key, String label) {
    context.getEvent().error(Errors.INVALID_USER_CREDENTIALS);
    LoginFormsProvider form = context.form().setAttribute("yubikeyLabel", label);
    form.addError(new FormMessage(field, key));
    context.challenge(form.createForm(TEMPLATE));
  }

  @Override
  public String getCredentialType(
      org.keycloak.models.KeycloakSession session,
      org.keycloak.sessions.AuthenticationSessionModel authenticationSession) {
    return YubikeyCredentialModel.TYPE;
  }

  @Override
  public void close() {}
}
