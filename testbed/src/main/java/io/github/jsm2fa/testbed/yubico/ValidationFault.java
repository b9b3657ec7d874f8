package io.github.jsm2fa.testbed.yubico;

/** How the simulated validation server misbehaves; switchable while it runs. */
public enum ValidationFault {
  /** Follows the protocol. */
  NONE,
  /** Answers correctly, but only after the configured delay. */
  SLOW,
  /** Answers every request with BACKEND_ERROR signed with an empty key, as servers do early. */
  EMPTY_KEY_BACKEND_ERROR,
  /** Validates normally, but signs the answer with a wrong key. */
  BAD_SIGNATURE,
  /** Answers every request with the forced status, signed correctly, echoing otp and nonce. */
  FORCED_STATUS,
  /** Answers HTTP 200 with a body that has no status at all. */
  EMPTY_200
}
