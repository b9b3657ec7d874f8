package io.github.jsm2fa.policy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** Applies the 2FA policy to one customer. Pure, so every rule is unit-tested. */
public final class PolicyDecider {

  private final PolicyConfig policy;
  private final EnumSet<TwoFactorMethod> available;

  /**
   * @param policy the realm's policy
   * @param inFlow the methods whose step is present in the flow being run
   */
  public PolicyDecider(PolicyConfig policy, Set<TwoFactorMethod> inFlow) {
    this.policy = policy;
    EnumSet<TwoFactorMethod> methods = EnumSet.noneOf(TwoFactorMethod.class);
    methods.addAll(policy.allowedMethods());
    methods.retainAll(inFlow);
    this.available = methods;
  }

  /** The methods a customer may pass or enroll here: allowed and present in the flow. */
  public Set<TwoFactorMethod> available() {
    return EnumSet.copyOf(available);
  }

  public PolicyDecision decide(CustomerState customer, LocalDate today) {
    if (!policy.enabled()) {
      return PolicyDecision.OFF;
    }
    if (customer.skipped()) {
      return PolicyDecision.SKIPPED;
    }
    if (!usable(customer).isEmpty()) {
      return customer.deviceRemembered() ? PolicyDecision.REMEMBERED : PolicyDecision.CHALLENGE;
    }
    if (!policy.enforced()) {
      return PolicyDecision.OPTIONAL;
    }
    if (customer.enrollmentBlocked()) {
      return PolicyDecision.ENROLLMENT_BLOCKED;
    }
    return inGrace(customer, today) ? PolicyDecision.GRACE : PolicyDecision.ENROLL;
  }

  /** The enrolled methods the customer may pass at this login. */
  public Set<TwoFactorMethod> usable(CustomerState customer) {
    EnumSet<TwoFactorMethod> usable = EnumSet.noneOf(TwoFactorMethod.class);
    usable.addAll(customer.enrolled());
    usable.retainAll(available);
    if (!policy.recoveryCodesStandIn() && usable.size() > 1) {
      // Recovery codes are then a method of their own, never a way around a lost one.
      usable.remove(TwoFactorMethod.RECOVERY_CODES);
    }
    return usable;
  }

  /** The methods whose steps are hidden from this customer at this login. */
  public Set<TwoFactorMethod> hidden(CustomerState customer) {
    EnumSet<TwoFactorMethod> hidden = EnumSet.allOf(TwoFactorMethod.class);
    hidden.removeAll(usable(customer));
    return hidden;
  }

  public boolean inGrace(CustomerState customer, LocalDate today) {
    return graceLoginsLeft(customer) > 0
        || (policy.graceUntil() != null && !today.isAfter(policy.graceUntil()));
  }

  /** Logins the customer may still postpone enrollment, by the login count alone. */
  public int graceLoginsLeft(CustomerState customer) {
    return Math.max(0, policy.graceLogins() - customer.graceLoginsUsed());
  }
}
