package io.github.jsm2fa.policy;

import java.util.Set;

/**
 * What the policy needs to know about one customer.
 *
 * @param skipped listed by name or through a group (subgroups included), or 2FA disabled for them
 * @param enrolled every method the customer has a credential for, allowed or not
 * @param graceLoginsUsed logins the customer has already postponed enrollment
 * @param enrollmentBlocked signed in while skipped without ever enrolling
 * @param deviceRemembered this device carries a valid "remember this device" cookie
 */
public record CustomerState(
    boolean skipped,
    Set<TwoFactorMethod> enrolled,
    int graceLoginsUsed,
    boolean enrollmentBlocked,
    boolean deviceRemembered) {}
