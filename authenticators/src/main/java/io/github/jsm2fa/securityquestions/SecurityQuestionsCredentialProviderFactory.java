package io.github.jsm2fa.securityquestions;

import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.models.KeycloakSession;

/** Registers the security-questions credential type. */
public class SecurityQuestionsCredentialProviderFactory
    implements CredentialProviderFactory<SecurityQuestionsCredentialProvider> {

  public static final String ID = SecurityQuestionsCredentialModel.TYPE;

  @Override
  public SecurityQuestionsCredentialProvider create(KeycloakSession session) {
    return new SecurityQuestionsCredentialProvider(session);
  }

  @Override
  public String getId() {
    return ID;
  }
}
