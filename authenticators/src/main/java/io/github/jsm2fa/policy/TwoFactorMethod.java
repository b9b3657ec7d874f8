package io.github.jsm2fa.policy;

import java.util.Arrays;
import java.util.Optional;

/**
 * The second-factor methods the policy knows: the value an admin picks, the credential type a
 * customer's enrollment stores, and the required action that enrolls it.
 */
public enum TwoFactorMethod {
  TOTP("totp", "otp", "CONFIGURE_TOTP", "policyMethodTotp"),
  WEBAUTHN("webauthn", "webauthn", "webauthn-register", "policyMethodWebauthn"),
  YUBIKEY("yubikey", "jsm2fa-yubikey", "jsm2fa-yubikey-register", "policyMethodYubikey"),
  SECURITY_QUESTIONS(
      "security-questions",
      "jsm2fa-security-questions",
      "jsm2fa-security-questions-setup",
      "policyMethodSecurityQuestions"),
  RECOVERY_CODES(
      "recovery-codes",
      "recovery-authn-codes",
      "CONFIGURE_RECOVERY_AUTHN_CODES",
      "policyMethodRecoveryCodes");

  private final String value;
  private final String credentialType;
  private final String requiredAction;
  private final String labelKey;

  TwoFactorMethod(String value, String credentialType, String requiredAction, String labelKey) {
    this.value = value;
    this.credentialType = credentialType;
    this.requiredAction = requiredAction;
    this.labelKey = labelKey;
  }

  /** The value stored in the policy and sent by the method-choice page. */
  public String value() {
    return value;
  }

  public String credentialType() {
    return credentialType;
  }

  /** The alias of the required action that enrolls this method. */
  public String requiredAction() {
    return requiredAction;
  }

  /** The message key of the method's name on the customer's pages. */
  public String labelKey() {
    return labelKey;
  }

  public static Optional<TwoFactorMethod> byValue(String value) {
    return Arrays.stream(values()).filter(m -> m.value.equals(value)).findFirst();
  }

  public static Optional<TwoFactorMethod> byCredentialType(String type) {
    return Arrays.stream(values()).filter(m -> m.credentialType.equals(type)).findFirst();
  }
}
