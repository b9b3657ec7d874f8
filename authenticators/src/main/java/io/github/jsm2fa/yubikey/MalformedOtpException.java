package io.github.jsm2fa.yubikey;

/** Input that is not one YubiKey OTP; rejected before any validation. */
final class MalformedOtpException extends Exception {

  private static final long serialVersionUID = 1L;

  enum Reason {
    EMPTY,
    TOO_SHORT,
    TOO_LONG,
    PASTED_TWICE,
    NOT_MODHEX
  }

  private final Reason reason;

  MalformedOtpException(Reason reason) {
    super("malformed YubiKey OTP: " + reason, null, false, false);
    this.reason = reason;
  }

  Reason reason() {
    return reason;
  }
}
