package io.github.jsm2fa.policy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.CredentialValidator;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The second-factor steps that follow the policy step: every enabled credential step in the
 * subflows beside it, by method.
 */
final class MethodSteps {

  private static final int MAX_DEPTH = 4;

  private final Map<AuthenticationExecutionModel, TwoFactorMethod> steps;

  private MethodSteps(Map<AuthenticationExecutionModel, TwoFactorMethod> steps) {
    this.steps = steps;
  }

  static MethodSteps besides(
      KeycloakSession session, RealmModel realm, AuthenticationExecutionModel policyStep) {
    Map<AuthenticationExecutionModel, TwoFactorMethod> steps = new LinkedHashMap<>();
    for (AuthenticationExecutionModel sibling :
        realm.getAuthenticationExecutionsStream(policyStep.getParentFlow()).toList()) {
      if (sibling.isAuthenticatorFlow() && !sibling.isDisabled()) {
        collect(session, realm, sibling.getFlowId(), steps, 0);
      }
    }
    return new MethodSteps(steps);
  }

  private static void collect(
      KeycloakSession session,
      RealmModel realm,
      String flowId,
      Map<AuthenticationExecutionModel, TwoFactorMethod> steps,
      int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    for (AuthenticationExecutionModel execution :
        realm.getAuthenticationExecutionsStream(flowId).toList()) {
      if (execution.isDisabled()) {
        continue;
      }
      if (execution.isAuthenticatorFlow()) {
        collect(session, realm, execution.getFlowId(), steps, depth + 1);
        continue;
      }
      methodOf(session, execution).ifPresent(method -> steps.put(execution, method));
    }
  }

  private static Optional<TwoFactorMethod> methodOf(
      KeycloakSession session, AuthenticationExecutionModel execution) {
    Authenticator authenticator =
        session.getProvider(Authenticator.class, execution.getAuthenticator());
    if (authenticator instanceof CredentialValidator<?> validator) {
      return TwoFactorMethod.byCredentialType(validator.getType(session));
    }
    return Optional.empty();
  }

  /** The methods that have a step here. */
  Set<TwoFactorMethod> methods() {
    EnumSet<TwoFactorMethod> methods = EnumSet.noneOf(TwoFactorMethod.class);
    methods.addAll(steps.values());
    return methods;
  }

  /**
   * Marks the steps of the given methods as skipped for this login, so Keycloak neither runs them
   * nor offers them under "try another way".
   */
  List<String> hide(AuthenticationSessionModel authSession, Set<TwoFactorMethod> hidden) {
    List<String> hiddenIds = new ArrayList<>();
    steps.forEach(
        (execution, method) -> {
          if (hidden.contains(method)) {
            authSession.setExecutionStatus(
                execution.getId(), AuthenticationSessionModel.ExecutionStatus.SKIPPED);
            hiddenIds.add(execution.getId());
          }
        });
    return hiddenIds;
  }
}
