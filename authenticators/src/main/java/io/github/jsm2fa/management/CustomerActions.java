package io.github.jsm2fa.management;

import io.github.jsm2fa.policy.CustomerAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.keycloak.authentication.actiontoken.execactions.ExecuteActionsActionToken;
import org.keycloak.common.util.SecretGenerator;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.managers.BruteForceProtector;
import org.keycloak.services.resources.LoginActionsService;

/** The changes an admin makes to one customer. Permission checks are the caller's. */
final class CustomerActions {

  static final List<String> NAMES =
      List.of("enable-2fa", "disable-2fa", "reset-password", "reset-mfa", "unlock", "delete");

  private static final Logger LOG = Logger.getLogger(CustomerActions.class);

  private final KeycloakSession session;
  private final RealmModel realm;

  CustomerActions(KeycloakSession session, RealmModel realm) {
    this.session = session;
    this.realm = realm;
  }

  ActionResult apply(String action, UserModel user, ActionRequest request) {
    String id = user.getId();
    switch (action) {
      case "enable-2fa" -> {
        // The admin vouches for the customer: enrollment after the password is allowed again.
        user.removeAttribute(CustomerAttributes.DISABLED);
        user.removeAttribute(CustomerAttributes.ENROLLMENT_BLOCKED);
        return ActionResult.ok(id, action);
      }
      case "disable-2fa" -> {
        user.setSingleAttribute(CustomerAttributes.DISABLED, "true");
        return ActionResult.ok(id, action);
      }
      case "reset-password" -> {
        return resetPassword(user, request);
      }
      case "reset-mfa" -> {
        resetMfa(user);
        return ActionResult.ok(id, action);
      }
      case "unlock" -> {
        unlock(user);
        return ActionResult.ok(id, action);
      }
      case "delete" -> {
        session.users().removeUser(realm, user);
        return ActionResult.ok(id, action);
      }
      default -> {
        return ActionResult.failed(id, action, "bad_request");
      }
    }
  }

  /** Removes every credential but the password, forgets every remembered device, signs out. */
  void resetMfa(UserModel user) {
    List<CredentialModel> secondFactors =
        user.credentialManager()
            .getStoredCredentialsStream()
            .filter(c -> !PasswordCredentialModel.TYPE.equals(c.getType()))
            .filter(c -> !PasswordCredentialModel.PASSWORD_HISTORY.equals(c.getType()))
            .toList();
    secondFactors.forEach(c -> user.credentialManager().removeStoredCredentialById(c.getId()));
    int epoch = CustomerAttributes.intValue(user.getFirstAttribute(CustomerAttributes.EPOCH));
    user.setSingleAttribute(CustomerAttributes.EPOCH, String.valueOf(epoch + 1));
    user.removeAttribute(CustomerAttributes.ENROLLMENT_BLOCKED);
    signOut(user);
    LOG.debugf("Customer %s: reset MFA removed %d credentials", user.getId(), secondFactors.size());
  }

  void unlock(UserModel user) {
    session.loginFailures().removeUserLoginFailure(realm, user.getId());
    if (BruteForceProtector.DISABLED_BY_PERMANENT_LOCKOUT.equals(
        user.getFirstAttribute(UserModel.DISABLED_REASON))) {
      user.removeAttribute(UserModel.DISABLED_REASON);
      user.setEnabled(true);
    }
  }

  private ActionResult resetPassword(UserModel user, ActionRequest request) {
    String action = "reset-password";
    String mode =
        request == null || request.passwordMode() == null ? "email" : request.passwordMode();
    if ("temporary".equals(mode)) {
      String given = request.temporaryPassword();
      String password =
          given == null || given.isBlank() ? SecretGenerator.getInstance().randomString(16) : given;
      try {
        user.credentialManager().updateCredential(UserCredentialModel.password(password, false));
      } catch (ModelException e) {
        // The realm's password policy refused it; the reason is in the policy, not the log.
        return ActionResult.failed(user.getId(), action, "password_rejected");
      }
      user.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
      signOut(user);
      return new ActionResult(
          user.getId(), action, true, null, given == null || given.isBlank() ? password : null);
    }
    if (!"email".equals(mode)) {
      return ActionResult.failed(user.getId(), action, "bad_request");
    }
    if (user.getEmail() == null || user.getEmail().isBlank()) {
      return ActionResult.failed(user.getId(), action, "no_email");
    }
    return sendUpdatePasswordEmail(user);
  }

  private ActionResult sendUpdatePasswordEmail(UserModel user) {
    int lifespan = realm.getActionTokenGeneratedByAdminLifespan();
    List<String> actions = List.of(UserModel.RequiredAction.UPDATE_PASSWORD.name());
    ExecuteActionsActionToken token =
        new ExecuteActionsActionToken(
            user.getId(),
            user.getEmail(),
            Time.currentTime() + lifespan,
            actions,
            null,
            Constants.ACCOUNT_MANAGEMENT_CLIENT_ID);
    String link =
        LoginActionsService.actionTokenProcessor(session.getContext().getUri())
            .queryParam("key", token.serialize(session, realm, session.getContext().getUri()))
            .build(realm.getName())
            .toString();
    try {
      session
          .getProvider(EmailTemplateProvider.class)
          .setAttribute(Constants.TEMPLATE_ATTR_REQUIRED_ACTIONS, actions)
          .setRealm(realm)
          .setUser(user)
          .sendExecuteActions(link, TimeUnit.SECONDS.toMinutes(lifespan));
      return ActionResult.ok(user.getId(), "reset-password");
    } catch (EmailException e) {
      LOG.errorf(
          e, "Realm %s: the password e-mail to customer %s failed", realm.getName(), user.getId());
      return ActionResult.failed(user.getId(), "reset-password", "email_failed");
    }
  }

  private void signOut(UserModel user) {
    session
        .sessions()
        .getUserSessionsStream(realm, user)
        .toList()
        .forEach(
            userSession -> AuthenticationManager.backchannelLogout(session, userSession, true));
  }
}
