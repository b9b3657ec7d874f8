package io.github.jsm2fa.yubikey;

/** The pair of YubiKey counters compared to detect replayed and cloned OTPs. */
record Counters(int sessionCounter, int sessionUse) {

  static final Counters NONE = new Counters(-1, -1);

  /** How presented counters relate to the last accepted ones, as yubikey-val compares them. */
  enum Comparison {
    /** Later than the last accepted OTP: may be accepted. */
    AHEAD,
    /** The same counters as the last accepted OTP: that OTP submitted again. */
    EQUAL,
    /** Earlier than the last accepted OTP, from a key that decrypts: a replay or a cloned key. */
    BEHIND
  }

  Comparison compareWithStored(Counters stored) {
    if (sessionCounter != stored.sessionCounter) {
      return sessionCounter > stored.sessionCounter ? Comparison.AHEAD : Comparison.BEHIND;
    }
    if (sessionUse != stored.sessionUse) {
      return sessionUse > stored.sessionUse ? Comparison.AHEAD : Comparison.BEHIND;
    }
    return Comparison.EQUAL;
  }
}
