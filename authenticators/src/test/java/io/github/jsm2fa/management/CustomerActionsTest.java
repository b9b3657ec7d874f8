package io.github.jsm2fa.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.github.jsm2fa.policy.CustomerAttributes;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SubjectCredentialManager;
import org.keycloak.models.UserLoginFailureProvider;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionProvider;

class CustomerActionsTest {

  private final KeycloakSession session = mock(KeycloakSession.class);
  private final RealmModel realm = mock(RealmModel.class);
  private final UserModel user = mock(UserModel.class);
  private final SubjectCredentialManager credentials = mock(SubjectCredentialManager.class);
  private final UserSessionProvider sessions = mock(UserSessionProvider.class);
  private final UserLoginFailureProvider failures = mock(UserLoginFailureProvider.class);

  private final CustomerActions actions = new CustomerActions(session, realm);

  @BeforeEach
  void wire() {
    when(user.getId()).thenReturn("u1");
    when(user.credentialManager()).thenReturn(credentials);
    when(session.sessions()).thenReturn(sessions);
    when(session.loginFailures()).thenReturn(failures);
    when(sessions.getUserSessionsStream(realm, user)).thenReturn(Stream.empty());
  }

  private static CredentialModel credential(String id, String type) {
    CredentialModel model = new CredentialModel();
    model.setId(id);
    model.setType(type);
    return model;
  }

  @Test
  void resetMfa_removesEverySecondFactor_keepsPassword_raisesEpoch() {
    when(credentials.getStoredCredentialsStream())
        .thenReturn(
            Stream.of(
                credential("p", "password"),
                credential("h", "password-history"),
                credential("t", "otp"),
                credential("w", "webauthn"),
                credential("q", "jsm2fa-security-questions")));
    when(user.getFirstAttribute(CustomerAttributes.EPOCH)).thenReturn("4");

    actions.resetMfa(user);

    verify(credentials).removeStoredCredentialById("t");
    verify(credentials).removeStoredCredentialById("w");
    verify(credentials).removeStoredCredentialById("q");
    verify(credentials, never()).removeStoredCredentialById("p");
    verify(credentials, never()).removeStoredCredentialById("h");
    verify(user).setSingleAttribute(CustomerAttributes.EPOCH, "5");
    verify(user).removeAttribute(CustomerAttributes.ENROLLMENT_BLOCKED);
  }

  @Test
  void unlock_permanentLockout_reEnablesTheCustomer() {
    when(user.getFirstAttribute(UserModel.DISABLED_REASON)).thenReturn("permanentLockout");

    actions.unlock(user);

    verify(failures).removeUserLoginFailure(realm, "u1");
    verify(user).setEnabled(true);
    verify(user).removeAttribute(UserModel.DISABLED_REASON);
  }

  @Test
  void unlock_customerDisabledByAnAdmin_staysDisabled() {
    when(user.getFirstAttribute(UserModel.DISABLED_REASON)).thenReturn(null);

    actions.unlock(user);

    verify(failures).removeUserLoginFailure(realm, "u1");
    verify(user, never()).setEnabled(any(Boolean.class));
  }

  @Test
  void enable2fa_clearsTheSkipAndTheEnrollmentBlock() {
    ActionResult result = actions.apply("enable-2fa", user, null);

    assertThat(result.ok()).isTrue();
    verify(user).removeAttribute(CustomerAttributes.DISABLED);
    verify(user).removeAttribute(CustomerAttributes.ENROLLMENT_BLOCKED);
  }

  @Test
  void resetPassword_byEmail_withoutEmail_failsWithItsCode() {
    ActionResult result =
        actions.apply("reset-password", user, new ActionRequest(null, null, "email", null));

    assertThat(result.ok()).isFalse();
    assertThat(result.error()).isEqualTo("no_email");
  }

  @Test
  void unknownAction_isABadRequest() {
    assertThat(actions.apply("format-disk", user, null).error()).isEqualTo("bad_request");
  }
}
