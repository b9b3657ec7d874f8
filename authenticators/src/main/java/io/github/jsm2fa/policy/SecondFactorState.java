package io.github.jsm2fa.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.UserModel;

/** Reads a customer's enrolled methods and the digest a remembered device is bound to. */
public final class SecondFactorState {

  private SecondFactorState() {}

  /** Every method the customer holds a credential for. */
  public static Set<TwoFactorMethod> enrolled(UserModel user) {
    EnumSet<TwoFactorMethod> methods = EnumSet.noneOf(TwoFactorMethod.class);
    user.credentialManager()
        .getStoredCredentialsStream()
        .map(CredentialModel::getType)
        .forEach(type -> TwoFactorMethod.byCredentialType(type).ifPresent(methods::add));
    user.credentialManager()
        .getConfiguredUserStorageCredentialTypesStream()
        .forEach(type -> TwoFactorMethod.byCredentialType(type).ifPresent(methods::add));
    return methods;
  }

  /**
   * A digest of the customer's MFA epoch and every credential's id, type and creation time. A
   * password reset re-dates the password credential; reset MFA raises the epoch; enrolling or
   * removing a method changes the list.
   */
  public static String digest(UserModel user) {
    String credentials =
        user.credentialManager()
            .getStoredCredentialsStream()
            .sorted(Comparator.comparing(CredentialModel::getId))
            .map(c -> c.getId() + "/" + c.getType() + "/" + c.getCreatedDate())
            .collect(Collectors.joining(","));
    String epoch = String.valueOf(user.getFirstAttribute(CustomerAttributes.EPOCH));
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash = sha.digest((epoch + "|" + credentials).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }
}
