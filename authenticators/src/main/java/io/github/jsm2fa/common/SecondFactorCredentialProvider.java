package io.github.jsm2fa.common;

import org.keycloak.credential.CredentialInputValidator;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * What the pack's credential providers share: one credential type, stored credentials deleted as
 * they are, a customer configured once they hold one, and a removable second factor in the account
 * console.
 */
public abstract class SecondFactorCredentialProvider<T extends CredentialModel>
    implements CredentialProvider<T>, CredentialInputValidator {

  protected final KeycloakSession session;
  private final String type;

  protected SecondFactorCredentialProvider(KeycloakSession session, String type) {
    this.session = session;
    this.type = type;
  }

  @Override
  public String getType() {
    return type;
  }

  @Override
  public boolean deleteCredential(RealmModel realm, UserModel user, String credentialId) {
    return user.credentialManager().removeStoredCredentialById(credentialId);
  }

  @Override
  public boolean supportsCredentialType(String credentialType) {
    return getType().equals(credentialType);
  }

  @Override
  public boolean isConfiguredFor(RealmModel realm, UserModel user, String credentialType) {
    return supportsCredentialType(credentialType)
        && user.credentialManager()
            .getStoredCredentialsByTypeStream(getType())
            .findAny()
            .isPresent();
  }

  /**
   * The account console's entry for this type, as a removable second factor; the caller adds the
   * display name, help text, icon and enrollment action, then builds it with {@link #session}.
   */
  protected CredentialTypeMetadata.CredentialTypeMetadataBuilder twoFactorMetadata() {
    return CredentialTypeMetadata.builder()
        .type(getType())
        .category(CredentialTypeMetadata.Category.TWO_FACTOR)
        .removeable(true);
  }
}
