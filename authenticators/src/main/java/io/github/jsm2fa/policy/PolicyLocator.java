package io.github.jsm2fa.policy;

import java.util.Map;
import java.util.Optional;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.AuthenticationFlowModel;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.RealmModel;

/**
 * Finds a realm's 2FA policy. The one place an admin sets it is the config of the policy step in
 * the realm's browser flow; the policy steps of other flows (the post-broker-login flow) and the
 * management API read that config, so the policy cannot drift between flows.
 */
public final class PolicyLocator {

  /** Subflows deeper than this are not searched; real flows nest three or four levels. */
  private static final int MAX_DEPTH = 8;

  private PolicyLocator() {}

  /**
   * The realm's policy, or defaults when the browser flow has no configured policy step.
   *
   * @throws PolicyConfig.InvalidConfigException when the stored policy cannot be used
   */
  public static PolicyConfig policyOf(RealmModel realm) {
    return PolicyConfig.parse(
        configOf(realm).map(AuthenticatorConfigModel::getConfig).orElse(null));
  }

  /** As {@link #policyOf}, but falls back to the given step's own config. */
  static PolicyConfig policyOf(RealmModel realm, AuthenticatorConfigModel ownConfig) {
    Map<String, String> config =
        configOf(realm)
            .map(AuthenticatorConfigModel::getConfig)
            .orElse(ownConfig == null ? null : ownConfig.getConfig());
    return PolicyConfig.parse(config);
  }

  /** The config of the policy step in the realm's browser flow, if it has one. */
  public static Optional<AuthenticatorConfigModel> configOf(RealmModel realm) {
    AuthenticationFlowModel browser = realm.getBrowserFlow();
    if (browser == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(find(realm, browser.getId(), 0));
  }

  private static AuthenticatorConfigModel find(RealmModel realm, String flowId, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    for (AuthenticationExecutionModel execution :
        realm.getAuthenticationExecutionsStream(flowId).toList()) {
      if (execution.isAuthenticatorFlow()) {
        AuthenticatorConfigModel found = find(realm, execution.getFlowId(), depth + 1);
        if (found != null) {
          return found;
        }
      } else if (TwoFactorPolicyAuthenticatorFactory.ID.equals(execution.getAuthenticator())
          && execution.getAuthenticatorConfig() != null
          && !execution.isDisabled()) {
        return realm.getAuthenticatorConfigById(execution.getAuthenticatorConfig());
      }
    }
    return null;
  }
}
