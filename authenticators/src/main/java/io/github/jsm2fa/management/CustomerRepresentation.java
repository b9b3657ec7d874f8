package io.github.jsm2fa.management;

import java.util.List;

/**
 * One customer as the management API shows them.
 *
 * @param methods the enrolled methods, by policy value ({@code totp}, {@code webauthn}, ...)
 * @param decision what the policy asks of the customer at their next login (without a remembered
 *     device): {@code CHALLENGE}, {@code ENROLL}, {@code GRACE}, {@code SKIPPED}, ...
 * @param lastLogin epoch milliseconds of the last sign-in past the password, or null
 */
public record CustomerRepresentation(
    String id,
    String username,
    String email,
    String firstName,
    String lastName,
    boolean enabled,
    List<String> methods,
    boolean skipped,
    boolean twoFactorDisabled,
    boolean enrollmentBlocked,
    boolean inGrace,
    boolean locked,
    String decision,
    Long lastLogin) {}
