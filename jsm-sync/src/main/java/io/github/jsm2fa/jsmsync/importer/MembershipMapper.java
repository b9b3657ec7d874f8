package io.github.jsm2fa.jsmsync.importer;

import java.util.Set;
import org.keycloak.models.UserModel;

/**
 * Keeps a customer's memberships in the pack's organizations equal to what the source says. Only
 * organizations or groups the pack created or adopted are touched; others the customer belongs to
 * are left alone.
 */
public interface MembershipMapper {

  /**
   * @return true when a membership was added or removed, or an organization created or renamed
   */
  boolean sync(UserModel user, Set<OrganizationRef> wanted);

  /** Used where the source does not manage organizations. */
  MembershipMapper NONE = (user, wanted) -> false;
}
