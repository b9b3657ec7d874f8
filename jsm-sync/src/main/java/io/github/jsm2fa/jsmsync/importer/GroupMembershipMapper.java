package io.github.jsm2fa.jsmsync.importer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Maps JSM organizations to subgroups of a top-level group {@value #PARENT_GROUP}, for realms
 * without the organizations feature. A subgroup carries the JSM organization id as an attribute
 * when it is known, so a renamed organization renames its group.
 */
public final class GroupMembershipMapper implements MembershipMapper {
  public static final String PARENT_GROUP = "JSM organizations";

  private final KeycloakSession session;
  private final RealmModel realm;
  private final Map<String, String> groupIds;

  /**
   * @param groupIds a run-wide cache from organization key to group id, shared across the
   *     per-customer transactions of one run
   */
  public GroupMembershipMapper(
      KeycloakSession session, RealmModel realm, Map<String, String> groupIds) {
    this.session = session;
    this.realm = realm;
    this.groupIds = groupIds;
  }

  @Override
  public boolean sync(UserModel user, Set<OrganizationRef> wanted) {
    GroupModel parent = parent(!wanted.isEmpty());
    if (parent == null) {
      return false;
    }
    boolean changed = false;

    Set<String> wantedIds = new HashSet<>();
    for (OrganizationRef ref : wanted) {
      GroupModel group = resolve(parent, ref);
      changed |= rename(group, ref);
      wantedIds.add(group.getId());
      if (!user.isMemberOf(group)) {
        user.joinGroup(group);
        changed = true;
      }
    }

    Set<GroupModel> stale =
        user.getGroupsStream()
            .filter(group -> parent.getId().equals(group.getParentId()))
            .filter(group -> !wantedIds.contains(group.getId()))
            .collect(Collectors.toSet());
    stale.forEach(user::leaveGroup);
    return changed || !stale.isEmpty();
  }

  private GroupModel parent(boolean create) {
    GroupModel parent =
        session
            .groups()
            .getTopLevelGroupsStream(realm, PARENT_GROUP, true, 0, 1)
            .filter(group -> PARENT_GROUP.equals(group.getName()))
            .findFirst()
            .orElse(null);
    if (parent == null && create) {
      parent = session.groups().createGroup(realm, PARENT_GROUP);
    }
    return parent;
  }

  private GroupModel resolve(GroupModel parent, OrganizationRef ref) {
    String key = key(ref);
    String cachedId = groupIds.get(key);
    GroupModel cached = cachedId == null ? null : session.groups().getGroupById(realm, cachedId);
    if (cached != null) {
      return cached;
    }

    GroupModel group =
        parent
            .getSubGroupsStream()
            .filter(
                candidate ->
                    ref.jsmId() != null
                        ? ref.jsmId()
                            .equals(candidate.getFirstAttribute(CustomerAttributes.ORGANIZATION_ID))
                        : ref.name().equalsIgnoreCase(candidate.getName()))
            .findFirst()
            .orElse(null);
    if (group == null && ref.jsmId() != null) {
      group =
          parent
              .getSubGroupsStream()
              .filter(candidate -> ref.name().equals(candidate.getName()))
              .filter(c -> c.getFirstAttribute(CustomerAttributes.ORGANIZATION_ID) == null)
              .findFirst()
              .orElse(null);
    }
    if (group == null) {
      group = session.groups().createGroup(realm, ref.name(), parent);
    }
    if (ref.jsmId() != null
        && !ref.jsmId().equals(group.getFirstAttribute(CustomerAttributes.ORGANIZATION_ID))) {
      group.setSingleAttribute(CustomerAttributes.ORGANIZATION_ID, ref.jsmId());
    }
    groupIds.put(key, group.getId());
    return group;
  }

  private static boolean rename(GroupModel group, OrganizationRef ref) {
    if (ref.jsmId() == null || Objects.equals(group.getName(), ref.name())) {
      return false;
    }
    group.setName(ref.name());
    return true;
  }

  static String key(OrganizationRef ref) {
    return ref.jsmId() != null
        ? "id:" + ref.jsmId()
        : "name:" + ref.name().toLowerCase(Locale.ROOT);
  }
}
