package io.github.jsm2fa.yubikey;

import io.github.jsm2fa.common.SecondFactorCredentialProvider;
import org.keycloak.credential.CredentialInput;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** Stores customers' YubiKeys; one key belongs to at most one customer of a realm. */
public final class YubikeyCredentialProvider
    extends SecondFactorCredentialProvider<YubikeyCredentialModel> {

  YubikeyCredentialProvider(KeycloakSession session) {
    super(session, YubikeyCredentialModel.TYPE);
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
  public YubikeyCredentialModel getCredentialFromModel(CredentialModel model) {
    return YubikeyCredentialModel.from(model);
  }

  @Override
  public CredentialTypeMetadata getCredentialTypeMetadata(
      CredentialTypeMetadataContext metadataContext) {
    return twoFactorMetadata()
        .displayName("jsm2fa-yubikey-display-name")
        .helpText("jsm2fa-yubikey-help-text")
        .iconCssClass("kcAuthenticatorOTPClass")
        .createAction(YubikeyRequiredActionFactory.PROVIDER_ID)
        .build(session);
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
