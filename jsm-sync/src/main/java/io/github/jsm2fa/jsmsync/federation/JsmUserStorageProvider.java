package io.github.jsm2fa.jsmsync.federation;

import org.keycloak.storage.UserStorageProvider;

/**
 * The provider instance behind a JSM sync component. Customers are imported into the realm's own
 * user storage, so logins and lookups never call JSM; all work happens in the factory's sync.
 */
final class JsmUserStorageProvider implements UserStorageProvider {

  @Override
  public void close() {
    // Holds no resources.
  }
}
