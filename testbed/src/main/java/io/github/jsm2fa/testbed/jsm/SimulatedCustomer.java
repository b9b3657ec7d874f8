package io.github.jsm2fa.testbed.jsm;

/**
 * A customer of the simulated site.
 *
 * @param id the accountId (Cloud) or key (Data Center)
 * @param email null for a customer whose e-mail JSM does not show
 */
public record SimulatedCustomer(String id, String email, String displayName, boolean active) {

  public SimulatedCustomer withEmail(String newEmail) {
    return new SimulatedCustomer(id, newEmail, displayName, active);
  }

  public SimulatedCustomer withDisplayName(String newName) {
    return new SimulatedCustomer(id, email, newName, active);
  }

  public SimulatedCustomer withActive(boolean newActive) {
    return new SimulatedCustomer(id, email, displayName, newActive);
  }
}
