package io.github.jsm2fa.policy;

/** What the policy asks of a customer who has just given their password. */
public enum PolicyDecision {
  /** 2FA is switched off for the portal. */
  OFF(false),
  /** The customer or one of their groups is listed to skip 2FA, or an admin disabled it. */
  SKIPPED(false),
  /** 2FA is on but not enforced, and the customer has enrolled no allowed method. */
  OPTIONAL(false),
  /** The customer enrolled a method and this device carries a valid "remember" cookie. */
  REMEMBERED(false),
  /** The customer enrolled an allowed method and must pass it. */
  CHALLENGE(false),
  /** The customer must pick a method and enroll it now. */
  ENROLL(true),
  /** The customer may enroll now or postpone within the grace period. */
  GRACE(true),
  /**
   * The customer signed in while skipped and never enrolled; the skip is lifted, and a password
   * alone may not bind a second factor to the account until an admin allows enrollment.
   */
  ENROLLMENT_BLOCKED(false);

  private final boolean offersEnrollment;

  PolicyDecision(boolean offersEnrollment) {
    this.offersEnrollment = offersEnrollment;
  }

  /** True when the customer is shown the method-choice page. */
  public boolean offersEnrollment() {
    return offersEnrollment;
  }

  /** True when the customer passes without a second factor. */
  public boolean passesWithoutSecondFactor() {
    return this == OFF || this == SKIPPED || this == OPTIONAL || this == REMEMBERED;
  }
}
