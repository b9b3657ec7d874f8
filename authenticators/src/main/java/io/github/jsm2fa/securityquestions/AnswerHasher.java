package io.github.jsm2fa.securityquestions;

import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.RealmModel;
import org.keycloak.models.credential.PasswordCredentialModel;

/** Hashes and verifies normalized answers with Keycloak's own password hashing. */
final class AnswerHasher {

  private final KeycloakSession session;

  AnswerHasher(KeycloakSession session) {
    this.session = session;
  }

  /** Hashes with the realm's password hash algorithm and iterations, as a password would be. */
  PasswordCredentialModel hash(RealmModel realm, String normalizedAnswer) {
    PasswordPolicy policy = realm.getPasswordPolicy();
    PasswordHashProvider provider = null;
    if (policy != null && policy.getHashAlgorithm() != null) {
      provider = session.getProvider(PasswordHashProvider.class, policy.getHashAlgorithm());
    }
    if (provider == null) {
      provider = session.getProvider(PasswordHashProvider.class);
    }
    int iterations = policy != null ? policy.getHashIterations() : -1;
    return provider.encodedCredential(normalizedAnswer, iterations);
  }

  /** Verifies with the algorithm the answer was hashed with, even if the realm has moved on. */
  boolean verify(String normalizedAnswer, PasswordCredentialModel stored) {
    String algorithm = stored.getPasswordCredentialData().getAlgorithm();
    PasswordHashProvider provider = session.getProvider(PasswordHashProvider.class, algorithm);
    if (provider == null) {
      throw new IllegalStateException("No password hash provider for algorithm " + algorithm);
    }
    return provider.verify(normalizedAnswer, stored);
  }
}
