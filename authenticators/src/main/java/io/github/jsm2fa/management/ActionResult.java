package io.github.jsm2fa.management;

/**
 * The outcome of one action on one customer.
 *
 * @param error a stable code when not ok: {@code not_found}, {@code forbidden}, {@code no_email},
 *     {@code email_failed}, {@code password_rejected}, {@code bad_request}, {@code failed}
 * @param temporaryPassword the generated temporary password of a reset, shown once to the admin
 */
public record ActionResult(
    String id, String action, boolean ok, String error, String temporaryPassword) {

  static ActionResult ok(String id, String action) {
    return new ActionResult(id, action, true, null, null);
  }

  static ActionResult failed(String id, String action, String error) {
    return new ActionResult(id, action, false, error, null);
  }
}
