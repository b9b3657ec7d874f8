package io.github.jsm2fa.it.support;

import java.util.HashSet;
import java.util.Set;

/**
 * A customer's authenticator app: gives a code Keycloak accepts (its look-around window is one step
 * either way) and never the same code twice, as Keycloak refuses a code used before.
 */
public final class TotpApp {

  private final String secret;
  private final Set<String> used = new HashSet<>();

  public TotpApp(String secret) {
    this.secret = secret;
  }

  public String secret() {
    return secret;
  }

  public String code() {
    long now = System.currentTimeMillis() / 1000;
    for (long offset : new long[] {0, 30, -30}) {
      String code = Totp.code(secret, now + offset);
      if (used.add(code)) {
        return code;
      }
    }
    throw new IllegalStateException("Every code of this time window is used; wait 30 s");
  }

  /** A code that is certainly wrong. */
  public String wrongCode() {
    String right = Totp.code(secret, System.currentTimeMillis() / 1000);
    return right.equals("000000") ? "111111" : "000000";
  }
}
