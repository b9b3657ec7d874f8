package io.github.jsm2fa.yubikey;

import org.keycloak.credential.CredentialInput;
import org.keycloak.credential.CredentialInputValidator;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** Stores customers' YubiKeys; one key belongs to at most one customer of a realm. */
public final class YubikeyCredentialProvider
    implements CredentialProvider<YubikeyCredentialModel>, CredentialInputValidator {

  private final KeycloakSession session;

  YubikeyCredentialProvider(KeycloakSession session) {
    this.session = session;
  }

  @Override
  public String getType() {
    return YubikeyCredentialModel.TYPE;
  }

  @Override
  public CredentialModel createCredential(
      RealmModel realm, UserModel user, YubikeyCredentialModel credential) {
    String publicId = credential.data().publicId();
    if (new YubikeyKeyDirectory(session).ownerOf(realm, publicId).isPresent()) {
      throw new ModelDuplicateException("YubiKey " + publicId + " is already registered");
    }
    return user.credentialManager().createStoredCredential(credential);
  }

  @Override
  public boolean deleteCredential(RealmModel realm, UserModel user, String credentialId) {
    return user.credentialManager().removeStoredCredentialById(credentialId);
  }

  @Override
  public YubikeyCredentialModel getCredentialFromModel(CredentialModel model) {
    return YubikeyCredentialModel.from(model);
  }

  @Override
  public CredentialTypeMetadata getCredentialTypeMetadata(
      CredentialTypeMetadataContext metadataContext) {
    return CredentialTypeMetadata.builder()
        .type(getType())
        .category(CredentialTypeMetadata.Category.TWO_FACTOR)
        .displayName("jsm2fa-yubikey-display-name")
        .helpText("jsm2fa-yubikey-help-text")
        .iconCssClass("kcAuthenticatorOTPClass")
        .createAction(YubikeyRequiredActionFactory.PROVIDER_ID)
        .removeable(true)
        .build(session);
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
   * Validates an OTP with the settings of the realm's YubiKey step. The login step itself calls
   * {@link YubikeyVerifier} with its own execution's settings.
   */
  @Override
  public boolean isValid(RealmModel realm, UserModel user, CredentialInput input) {
    if (!supportsCredentialType(input.getType())) {
      return false;
    }
    try {
      YubikeyVerifier verifier =
          new YubikeyVerifier(session, realm, YubikeyRequiredActionFactory.settingsFor(realm));
      return verifier
          .verify(user, YubikeyOtpParser.parse(input.getChallengeResponse()))
          .outcome()
          .isSuccess();
    } catch (MalformedOtpException e) {
      return false;
    }
  }
}
