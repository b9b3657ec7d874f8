package io.github.jsm2fa.yubikey.client;

import java.util.Arrays;

/** The {@code status} values of the Yubico validation protocol 2.0, plus one for anything else. */
public enum ValidationStatus {
  OK,
  BAD_OTP,
  REPLAYED_OTP,
  BAD_SIGNATURE,
  MISSING_PARAMETER,
  NO_SUCH_CLIENT,
  OPERATION_NOT_ALLOWED,
  BACKEND_ERROR,
  NOT_ENOUGH_ANSWERS,
  REPLAYED_REQUEST,
  /** A status this client does not know, or none at all. */
  UNKNOWN;

  static ValidationStatus parse(String value) {
    return Arrays.stream(values())
        .filter(status -> status != UNKNOWN && status.name().equals(value))
        .findFirst()
        .orElse(UNKNOWN);
  }
}
