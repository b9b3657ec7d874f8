package io.github.jsm2fa.common;

import java.util.Set;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.credential.RecoveryAuthnCodesCredentialModel;

/**
 * The reference category every second-factor authenticator of the pack reports.
 *
 * <p>Keycloak 26.7 passes an authenticator factory's reference category to its brute-force
 * protector and drops failures whose category is not password, OTP or recovery codes. A second
 * factor that reported its own credential type would never count toward lockout there, so the
 * pack's factories report {@link #SECOND_FACTOR} and name their own credential type as an optional
 * reference category (which the account console reads to list the credential).
 */
public final class BruteForceCategory {

  /** Reported by every second-factor authenticator of the pack. */
  public static final String SECOND_FACTOR = OTPCredentialModel.TYPE;

  /** The categories Keycloak's brute-force protector counts (26.7 and later). */
  public static final Set<String> COUNTED =
      Set.of(
          PasswordCredentialModel.TYPE,
          OTPCredentialModel.TYPE,
          RecoveryAuthnCodesCredentialModel.TYPE);

  private BruteForceCategory() {}
}
