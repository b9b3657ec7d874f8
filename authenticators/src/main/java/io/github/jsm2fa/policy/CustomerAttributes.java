package io.github.jsm2fa.policy;

/**
 * The user attributes in which the policy keeps a customer's 2FA state.
 *
 * <p>LIMITATION: these attributes are not declared in the realm's user profile, so the admin
 * console's user details do not show them while unmanaged attributes are off. An admin reads them
 * on the management page instead. A fix needs the pack to declare them as admin-only attributes.
 */
public final class CustomerAttributes {

  /** {@code true} when an admin disabled 2FA for this customer. */
  public static final String DISABLED = "jsm2faDisabled";

  /** How many logins the customer has postponed enrollment. */
  public static final String GRACE_LOGINS_USED = "jsm2faGraceLoginsUsed";

  /**
   * Set when a customer without a second factor signed in while skipped; only an admin clears it.
   */
  public static final String ENROLLMENT_BLOCKED = "jsm2faEnrollmentBlocked";

  /** Raised by reset MFA; part of what a "remember this device" cookie is bound to. */
  public static final String EPOCH = "jsm2faEpoch";

  /** Epoch milliseconds of the customer's last sign-in past the password. */
  public static final String LAST_LOGIN = "jsm2faLastLogin";

  private CustomerAttributes() {}

  /** A non-negative integer attribute value; 0 when absent or not a number. */
  public static int intValue(String raw) {
    if (raw == null) {
      return 0;
    }
    try {
      return Math.max(0, Integer.parseInt(raw.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
