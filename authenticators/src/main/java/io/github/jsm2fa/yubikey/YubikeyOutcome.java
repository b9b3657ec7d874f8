package io.github.jsm2fa.yubikey;

import org.jboss.logging.Logger;
import org.keycloak.events.Errors;

/**
 * The one place that maps every result of a YubiKey step to what happens next: whether the customer
 * is charged a failed factor (brute-force counting), the event error, the message key shown at the
 * OTP field, and the level the operator's log gets.
 */
enum YubikeyOutcome {
  ACCEPTED(false, null, null, Logger.Level.DEBUG),
  MALFORMED(true, Errors.INVALID_USER_CREDENTIALS, "yubikeyOtpMalformed", Logger.Level.DEBUG),
  UNKNOWN_KEY(true, Errors.INVALID_USER_CREDENTIALS, "yubikeyKeyNotRegistered", Logger.Level.DEBUG),
  REJECTED(true, Errors.INVALID_USER_CREDENTIALS, "yubikeyOtpInvalid", Logger.Level.DEBUG),
  REPLAYED(true, Errors.INVALID_USER_CREDENTIALS, "yubikeyOtpReplayed", Logger.Level.INFO),
  CLONE_SUSPECTED(true, Errors.INVALID_USER_CREDENTIALS, "yubikeyOtpReplayed", Logger.Level.WARN),
  /** A forged or mismatched answer: never success, but not the customer's doing either. */
  TAMPERED(false, "yubikey_validation_tampered", "yubikeyServiceUnavailable", Logger.Level.ERROR),
  SERVICE_UNAVAILABLE(
      false, "yubikey_validation_unavailable", "yubikeyServiceUnavailable", Logger.Level.ERROR),
  NOT_CONFIGURED(
      false, "yubikey_validation_not_configured", "yubikeyServiceUnavailable", Logger.Level.WARN);

  private final boolean chargedToCustomer;
  private final String eventError;
  private final String messageKey;
  private final Logger.Level logLevel;

  YubikeyOutcome(
      boolean chargedToCustomer, String eventError, String messageKey, Logger.Level logLevel) {
    this.chargedToCustomer = chargedToCustomer;
    this.eventError = eventError;
    this.messageKey = messageKey;
    this.logLevel = logLevel;
  }

  boolean isSuccess() {
    return this == ACCEPTED;
  }

  boolean chargedToCustomer() {
    return chargedToCustomer;
  }

  String eventError() {
    return eventError;
  }

  String messageKey() {
    return messageKey;
  }

  Logger.Level logLevel() {
    return logLevel;
  }
}
