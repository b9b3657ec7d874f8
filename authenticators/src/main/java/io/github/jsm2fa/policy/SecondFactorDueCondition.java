package io.github.jsm2fa.policy;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * True when the policy step asked for a second factor at this login. The conditional subflow of
 * method steps runs only then.
 */
public class SecondFactorDueCondition implements ConditionalAuthenticator {

  static final SecondFactorDueCondition SINGLETON = new SecondFactorDueCondition();

  @Override
  public boolean matchCondition(AuthenticationFlowContext context) {
    return TwoFactorPolicyAuthenticator.OUTCOME_DUE.equals(
        context.getAuthenticationSession().getAuthNote(TwoFactorPolicyAuthenticator.OUTCOME_NOTE));
  }

  @Override
  public void action(AuthenticationFlowContext context) {}

  @Override
  public boolean requiresUser() {
    return false;
  }

  @Override
  public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {}

  @Override
  public void close() {}
}
