package io.github.jsm2fa.testbed.jsm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The data a simulated JSM site serves: service desks, their customers and organizations. */
public final class SimulatedSite {
  private final Map<String, String> desks = new LinkedHashMap<>();
  private final Map<String, SimulatedCustomer> customers = new LinkedHashMap<>();
  private final Map<String, Set<String>> deskCustomers = new LinkedHashMap<>();
  private final Map<String, String> organizations = new LinkedHashMap<>();
  private final Map<String, Set<String>> deskOrganizations = new LinkedHashMap<>();
  private final Map<String, Set<String>> organizationMembers = new LinkedHashMap<>();

  public synchronized SimulatedSite addServiceDesk(String id, String projectName) {
    desks.put(id, projectName);
    deskCustomers.putIfAbsent(id, new LinkedHashSet<>());
    deskOrganizations.putIfAbsent(id, new LinkedHashSet<>());
    return this;
  }

  /** Adds or replaces a customer and lists it on the given desk. */
  public synchronized SimulatedSite putCustomer(String deskId, SimulatedCustomer customer) {
    customers.put(customer.id(), customer);
    deskCustomers.get(deskId).add(customer.id());
    return this;
  }

  /** Replaces a known customer's details everywhere it is listed. */
  public synchronized SimulatedSite updateCustomer(SimulatedCustomer customer) {
    if (!customers.containsKey(customer.id())) {
      throw new IllegalArgumentException("Unknown customer " + customer.id());
    }
    customers.put(customer.id(), customer);
    return this;
  }

  public synchronized SimulatedCustomer customer(String id) {
    return customers.get(id);
  }

  /** Takes the customer off every desk and organization. */
  public synchronized SimulatedSite removeCustomer(String id) {
    customers.remove(id);
    deskCustomers.values().forEach(ids -> ids.remove(id));
    organizationMembers.values().forEach(ids -> ids.remove(id));
    return this;
  }

  public synchronized SimulatedSite addOrganization(String deskId, String id, String name) {
    organizations.put(id, name);
    organizationMembers.putIfAbsent(id, new LinkedHashSet<>());
    deskOrganizations.get(deskId).add(id);
    return this;
  }

  public synchronized SimulatedSite addMember(String organizationId, String customerId) {
    organizationMembers.get(organizationId).add(customerId);
    return this;
  }

  public synchronized SimulatedSite removeMember(String organizationId, String customerId) {
    organizationMembers.get(organizationId).remove(customerId);
    return this;
  }

  /**
   * Fills a desk with {@code count} numbered customers ({@code customer-00001@example.test}...).
   */
  public synchronized SimulatedSite generate(String deskId, String idPrefix, int count) {
    for (int i = 1; i <= count; i++) {
      String number = String.format("%05d", i);
      putCustomer(
          deskId,
          new SimulatedCustomer(
              idPrefix + number,
              "customer-" + number + "@example.test",
              "Customer " + number,
              true));
    }
    return this;
  }

  synchronized List<Map.Entry<String, String>> serviceDesks() {
    return new ArrayList<>(desks.entrySet());
  }

  synchronized boolean hasDesk(String id) {
    return desks.containsKey(id);
  }

  synchronized boolean hasOrganization(String id) {
    return organizations.containsKey(id);
  }

  synchronized List<SimulatedCustomer> customersOf(String deskId) {
    return deskCustomers.get(deskId).stream().map(customers::get).toList();
  }

  synchronized List<Map.Entry<String, String>> organizationsOf(String deskId) {
    return deskOrganizations.get(deskId).stream()
        .map(id -> Map.entry(id, organizations.get(id)))
        .toList();
  }

  synchronized List<SimulatedCustomer> membersOf(String organizationId) {
    return organizationMembers.get(organizationId).stream().map(customers::get).toList();
  }
}
