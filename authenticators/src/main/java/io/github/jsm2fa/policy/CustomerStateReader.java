package io.github.jsm2fa.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/** Reads what the policy needs to know about a customer, for the login steps and the API. */
public final class CustomerStateReader {

  private CustomerStateReader() {}

  /** The customer as the policy sees them; shared with the management API. */
  public static CustomerState read(
      KeycloakSession session, RealmModel realm, UserModel user, PolicyConfig policy) {
    Set<TwoFactorMethod> enrolled = SecondFactorState.enrolled(user);
    boolean remembered =
        policy.rememberDeviceDays() > 0
            && session.getContext().getRequestHeaders() != null
            && RememberedDevices.isRemembered(session, realm, user);
    return new CustomerState(
        isSkipped(user, policy),
        enrolled,
        CustomerAttributes.intValue(user.getFirstAttribute(CustomerAttributes.GRACE_LOGINS_USED)),
        Boolean.parseBoolean(user.getFirstAttribute(CustomerAttributes.ENROLLMENT_BLOCKED)),
        remembered);
  }

  /** Listed by username, in a listed group or its subgroups, or 2FA disabled by an admin. */
  public static boolean isSkipped(UserModel user, PolicyConfig policy) {
    if (Boolean.parseBoolean(user.getFirstAttribute(CustomerAttributes.DISABLED))) {
      return true;
    }
    if (policy.skipCustomers().contains(user.getUsername())) {
      return true;
    }
    if (policy.skipGroups().isEmpty()) {
      return false;
    }
    List<String> paths = new ArrayList<>();
    user.getGroupsStream().forEach(group -> paths.add(path(group)));
    return GroupPaths.anyUnder(paths, policy.skipGroups());
  }

  private static String path(GroupModel group) {
    return KeycloakModelUtils.buildGroupPath(group);
  }
}
