package io.github.jsm2fa.jsmsync.importer;

import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** Chooses where organizations go: Keycloak organizations, groups, or nowhere. */
public final class MembershipMappers {
  public static final String AUTO = "auto";
  public static final String ORGANIZATIONS = "organizations";
  public static final String GROUPS = "groups";
  public static final String NONE = "none";

  private MembershipMappers() {}

  /**
   * @param mode {@link #AUTO} picks Keycloak organizations when the realm has the feature on,
   *     groups otherwise
   * @param cache a run-wide map from organization key to Keycloak id
   */
  public static MembershipMapper forRealm(
      KeycloakSession session, RealmModel realm, String mode, Map<String, String> cache) {
    String chosen = mode;
    if (AUTO.equals(mode)) {
      chosen = realm.isOrganizationsEnabled() ? ORGANIZATIONS : GROUPS;
    }
    return switch (chosen) {
      case ORGANIZATIONS -> new OrganizationMembershipMapper(session, cache);
      case GROUPS -> new GroupMembershipMapper(session, realm, cache);
      default -> MembershipMapper.NONE;
    };
  }
}
