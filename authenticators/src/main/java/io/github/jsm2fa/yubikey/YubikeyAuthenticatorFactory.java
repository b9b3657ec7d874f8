package io.github.jsm2fa.yubikey;

import io.github.jsm2fa.common.AbstractAuthenticatorFactory;
import io.github.jsm2fa.common.BruteForceCategory;
import java.util.Set;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;

/**
 * Registers the YubiKey login step. The method's settings live on the enrollment required action,
 * so the step itself has none.
 */
public final class YubikeyAuthenticatorFactory extends AbstractAuthenticatorFactory {

  public static final String PROVIDER_ID = "jsm2fa-yubikey-otp";

  private static final YubikeyAuthenticator SINGLETON = new YubikeyAuthenticator();

  @Override
  public Authenticator create(KeycloakSession session) {
    return SINGLETON;
  }

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String getDisplayType() {
    return "YubiKey OTP (jsm2fa)";
  }

  @Override
  public String getHelpText() {
    return "The customer touches a registered YubiKey; the OTP is checked offline with an imported"
        + " secret or online with YubiCloud-compatible validation servers.";
  }

  /** See {@link BruteForceCategory}: the category Keycloak 26.7 counts toward lockout. */
  @Override
  public String getReferenceCategory() {
    return BruteForceCategory.SECOND_FACTOR;
  }

  /** The own credential type, so the account console lists YubiKeys as a method. */
  @Override
  public Set<String> getOptionalReferenceCategories(KeycloakSession session) {
    return Set.of(YubikeyCredentialModel.TYPE);
  }

  @Override
  public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
    return REQUIREMENT_CHOICES;
  }

  @Override
  public boolean isUserSetupAllowed() {
    return true;
  }
}
