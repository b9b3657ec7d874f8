package io.github.jsm2fa.jsmsync.importer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * Maps JSM organizations to Keycloak organizations. The pack marks the organizations it creates or
 * adopts (same name) with {@value #MANAGED}; only memberships in those are removed.
 */
public final class OrganizationMembershipMapper implements MembershipMapper {
  public static final String MANAGED = "jsmImported";

  private final OrganizationProvider organizations;
  private final Map<String, String> organizationIds;

  /**
   * @param organizationIds a run-wide cache from organization key to Keycloak organization id
   */
  public OrganizationMembershipMapper(
      KeycloakSession session, Map<String, String> organizationIds) {
    this.organizations = session.getProvider(OrganizationProvider.class);
    this.organizationIds = organizationIds;
  }

  @Override
  public boolean sync(UserModel user, Set<OrganizationRef> wanted) {
    boolean changed = false;

    Set<String> wantedIds = new HashSet<>();
    for (OrganizationRef ref : wanted) {
      OrganizationModel organization = resolve(ref);
      if (ref.jsmId() != null && !Objects.equals(organization.getName(), ref.name())) {
        organization.setName(ref.name());
        changed = true;
      }
      wantedIds.add(organization.getId());
      if (!organization.isMember(user)) {
        changed |= organizations.addMember(organization, user);
      }
    }

    List<OrganizationModel> stale =
        organizations
            .getByMember(user)
            .filter(organization -> organization.getAttributes().containsKey(MANAGED))
            .filter(organization -> !wantedIds.contains(organization.getId()))
            .toList();
    for (OrganizationModel organization : stale) {
      changed |= organizations.removeMember(organization, user);
    }
    return changed;
  }

  private OrganizationModel resolve(OrganizationRef ref) {
    String key = GroupMembershipMapper.key(ref);
    String cachedId = organizationIds.get(key);
    OrganizationModel cached = cachedId == null ? null : organizations.getById(cachedId);
    if (cached != null) {
      return cached;
    }

    OrganizationModel organization = null;
    if (ref.jsmId() != null) {
      organization =
          organizations
              .getAllStream(Map.of(CustomerAttributes.ORGANIZATION_ID, ref.jsmId()), 0, 1)
              .findFirst()
              .orElse(null);
    }
    if (organization == null) {
      organization =
          organizations
              .getAllStream(ref.name(), true, 0, 10)
              .filter(candidate -> candidate.getName().equalsIgnoreCase(ref.name()))
              .findFirst()
              .orElse(null);
    }
    if (organization == null) {
      organization = organizations.create(ref.name(), alias(ref));
    }
    adopt(organization, ref);
    organizationIds.put(key, organization.getId());
    return organization;
  }

  private static void adopt(OrganizationModel organization, OrganizationRef ref) {
    Map<String, List<String>> attributes = organization.getAttributes();
    boolean marked = attributes.containsKey(MANAGED);
    boolean identified =
        ref.jsmId() == null
            || List.of(ref.jsmId()).equals(attributes.get(CustomerAttributes.ORGANIZATION_ID));
    if (marked && identified) {
      return;
    }
    Map<String, List<String>> updated = new HashMap<>(attributes);
    updated.put(MANAGED, List.of("true"));
    if (ref.jsmId() != null) {
      updated.put(CustomerAttributes.ORGANIZATION_ID, List.of(ref.jsmId()));
    }
    organization.setAttributes(updated);
  }

  private static String alias(OrganizationRef ref) {
    String base = ref.jsmId() != null ? ref.jsmId() : ref.name();
    String slug =
        base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return "jsm-" + (slug.isEmpty() ? Integer.toHexString(base.hashCode()) : slug);
  }
}
