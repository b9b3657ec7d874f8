package io.github.jsm2fa.management;

import io.github.jsm2fa.policy.CustomerAttributes;
import io.github.jsm2fa.policy.CustomerState;
import io.github.jsm2fa.policy.CustomerStateReader;
import io.github.jsm2fa.policy.PolicyConfig;
import io.github.jsm2fa.policy.PolicyDecider;
import io.github.jsm2fa.policy.PolicyDecision;
import io.github.jsm2fa.policy.TwoFactorMethod;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.keycloak.models.AdminRoles;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;

/** Reads customers' 2FA status as the policy sees it. */
final class CustomerStatusReader {

  private final KeycloakSession session;
  private final RealmModel realm;
  private final PolicyConfig policy;
  private final PolicyDecider decider;
  private final List<RoleModel> adminRoles;

  CustomerStatusReader(KeycloakSession session, RealmModel realm, PolicyConfig policy) {
    this.session = session;
    this.realm = realm;
    this.policy = policy;
    this.decider = new PolicyDecider(policy, EnumSet.allOf(TwoFactorMethod.class));
    ClientModel management = realm.getClientByClientId(Constants.REALM_MANAGEMENT_CLIENT_ID);
    this.adminRoles =
        management == null
            ? List.of()
            : List.of(AdminRoles.VIEW_USERS, AdminRoles.MANAGE_USERS).stream()
                .map(management::getRole)
                .filter(java.util.Objects::nonNull)
                .toList();
  }

  PolicyConfig policy() {
    return policy;
  }

  /** Customers are the realm's users except service accounts and the realm's user admins. */
  boolean isCustomer(UserModel user) {
    if (user.getServiceAccountClientLink() != null) {
      return false;
    }
    return adminRoles.stream().noneMatch(user::hasRole);
  }

  CustomerRepresentation read(UserModel user) {
    CustomerState state = stateOf(user);
    PolicyDecision decision = decider.decide(state, LocalDate.now(ZoneOffset.UTC));
    String lastLogin = user.getFirstAttribute(CustomerAttributes.LAST_LOGIN);
    return new CustomerRepresentation(
        user.getId(),
        user.getUsername(),
        user.getEmail(),
        user.getFirstName(),
        user.getLastName(),
        user.isEnabled(),
        state.enrolled().stream().map(TwoFactorMethod::value).toList(),
        state.skipped(),
        Boolean.parseBoolean(user.getFirstAttribute(CustomerAttributes.DISABLED)),
        state.enrollmentBlocked(),
        decision == PolicyDecision.GRACE,
        isLocked(user),
        decision.name(),
        parseLong(lastLogin));
  }

  /** The state without a device: the management API has no customer's cookie. */
  CustomerState stateOf(UserModel user) {
    CustomerState live = CustomerStateReader.read(session, realm, user, withoutRemember());
    return new CustomerState(
        live.skipped(), live.enrolled(), live.graceLoginsUsed(), live.enrollmentBlocked(), false);
  }

  /** Methods the customer may pass under the policy. */
  Set<TwoFactorMethod> usable(UserModel user) {
    return decider.usable(stateOf(user));
  }

  boolean isLocked(UserModel user) {
    if (!realm.isBruteForceProtected()) {
      return false;
    }
    BruteForceProtector protector = session.getProvider(BruteForceProtector.class);
    return protector.isPermanentlyLockedOut(session, realm, user)
        || protector.isTemporarilyDisabled(session, realm, user);
  }

  private PolicyConfig withoutRemember() {
    return new PolicyConfig(
        policy.enabled(),
        policy.enforced(),
        policy.allowedMethods(),
        policy.skipCustomers(),
        policy.skipGroups(),
        policy.graceLogins(),
        policy.graceUntil(),
        0,
        policy.recoveryCodesStandIn());
  }

  private static Long parseLong(String raw) {
    if (raw == null) {
      return null;
    }
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
