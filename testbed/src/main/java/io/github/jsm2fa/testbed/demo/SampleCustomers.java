package io.github.jsm2fa.testbed.demo;

import io.github.jsm2fa.testbed.AdminApi;
import java.io.PrintStream;
import java.util.List;

/** Adds a few portal customers to the demo realm unless they exist. */
final class SampleCustomers implements DemoStep {

  /** Printed on the console; it only ever protects the local demo. */
  static final String DEMO_PASSWORD = "Portal-Demo-2026!";

  record Customer(String email, String firstName, String lastName) {}

  static final List<Customer> CUSTOMERS =
      List.of(
          new Customer("alice@example.com", "Alice", "Anders"),
          new Customer("bob@example.com", "Bob", "Berg"));

  private final String realm;

  SampleCustomers(String realm) {
    this.realm = realm;
  }

  @Override
  public void afterStart(AdminApi admin, PrintStream out) {
    for (Customer customer : CUSTOMERS) {
      if (admin.findUserId(realm, customer.email()).isPresent()) {
        continue;
      }
      admin.createUser(
          realm,
          customer.email(),
          customer.email(),
          customer.firstName(),
          customer.lastName(),
          DEMO_PASSWORD);
      out.println("Added sample customer " + customer.email());
    }
  }
}
