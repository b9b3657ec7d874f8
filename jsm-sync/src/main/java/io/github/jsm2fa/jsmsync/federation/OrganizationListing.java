package io.github.jsm2fa.jsmsync.federation;

import io.github.jsm2fa.jsmsync.client.JsmCustomerClient;
import io.github.jsm2fa.jsmsync.client.JsmOrganization;
import io.github.jsm2fa.jsmsync.client.PageWalker.Completion;
import io.github.jsm2fa.jsmsync.importer.OrganizationRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which organizations each customer belongs to, read before the customers. When a listing ends
 * early, memberships are left alone for the whole run rather than removed on partial knowledge.
 */
final class OrganizationListing {
  private final Map<String, Set<OrganizationRef>> byCustomer;
  private final boolean complete;

  private OrganizationListing(Map<String, Set<OrganizationRef>> byCustomer, boolean complete) {
    this.byCustomer = byCustomer;
    this.complete = complete;
  }

  static OrganizationListing notManaged() {
    return new OrganizationListing(null, true);
  }

  static OrganizationListing read(JsmCustomerClient client, List<String> serviceDesks) {
    Map<String, JsmOrganization> organizations = new LinkedHashMap<>();
    boolean complete = true;
    for (String desk : serviceDesks) {
      List<JsmOrganization> listed = new ArrayList<>();
      complete &= client.organizations(desk, listed::addAll) == Completion.COMPLETE;
      listed.forEach(organization -> organizations.putIfAbsent(organization.id(), organization));
    }

    Map<String, Set<OrganizationRef>> byCustomer = new HashMap<>();
    for (JsmOrganization organization : organizations.values()) {
      OrganizationRef ref = new OrganizationRef(organization.id(), organization.name());
      Completion completion =
          client.organizationUsers(
              organization.id(),
              users ->
                  users.stream()
                      .filter(user -> user.id() != null)
                      .forEach(
                          user ->
                              byCustomer
                                  .computeIfAbsent(user.id(), id -> new HashSet<>())
                                  .add(ref)));
      complete &= completion == Completion.COMPLETE;
    }
    return new OrganizationListing(complete ? byCustomer : null, complete);
  }

  boolean complete() {
    return complete;
  }

  /** The customer's organizations, or null when they are not to be touched in this run. */
  Set<OrganizationRef> of(String customerId) {
    if (byCustomer == null) {
      return null;
    }
    return byCustomer.getOrDefault(customerId, Set.of());
  }
}
