package io.github.jsm2fa.yubikey;

import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.models.KeycloakSession;

/** Registers the YubiKey credential type. */
public final class YubikeyCredentialProviderFactory
    implements CredentialProviderFactory<YubikeyCredentialProvider> {

  public static final String PROVIDER_ID = "jsm2fa-yubikey";

  @Override
  public CredentialProvider<YubikeyCredentialModel> create(KeycloakSession session) {
    return new YubikeyCredentialProvider(session);
  }

  @Override
  public String getId() {
    return PROVIDER_ID;
  }
}
