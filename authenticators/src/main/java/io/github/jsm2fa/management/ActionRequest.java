package io.github.jsm2fa.management;

import java.util.List;

/**
 * A single or bulk action.
 *
 * @param action for bulk requests: {@code enable-2fa}, {@code disable-2fa}, {@code reset-password},
 *     {@code reset-mfa}, {@code unlock} or {@code delete}
 * @param ids the customers of a bulk request
 * @param passwordMode for a password reset: {@code email} (execute-actions e-mail, the default) or
 *     {@code temporary}
 * @param temporaryPassword for {@code temporary}: the password to set; generated when empty
 */
public record ActionRequest(
    String action, List<String> ids, String passwordMode, String temporaryPassword) {}
