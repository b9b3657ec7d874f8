package io.github.jsm2fa.yubikey.client;

/** What one server's answer, or all answers together, mean for the login. */
public enum Verdict {
  /** A verified OK that echoes the OTP and nonce sent: the only success. */
  ACCEPTED,
  /** A verified BAD_OTP: the customer's failure. */
  REJECTED,
  /** A verified REPLAYED_OTP: the customer's failure. */
  REPLAYED,
  /** An OK, REPLAYED_OTP or BAD_OTP whose signature or echo does not match: a hard failure. */
  TAMPERED,
  /** REPLAYED_REQUEST: another server of a pool already answered this request. */
  REPLAYED_REQUEST,
  /** An error status, an unknown answer, a timeout or an unreachable server. */
  SERVICE_PROBLEM
}
