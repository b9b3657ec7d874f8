package io.github.jsm2fa.yubikey;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.cache.UserCache;

/**
 * Reads and writes an offline key's counters on its credential row with a compare-and-set on the
 * row's version column, so that of any number of concurrent logins on any number of Keycloak nodes
 * sharing the database exactly one can move the counters past a given OTP.
 */
// LIMITATION: this works on Keycloak's own JPA credential storage only. A customer whose
// credentials a user storage provider keeps cannot use offline keys: the key is not found. A fix
// needs a counter store of its own.
final class YubikeyCounterStore {

  /** The credential data as committed, and the row version it was read at. */
  record Snapshot(YubikeyCredentialData data, int version) {}

  private final KeycloakSession session;
  private final EntityManager em;

  YubikeyCounterStore(KeycloakSession session) {
    this.session = session;
    this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
  }

  Optional<Snapshot> read(String credentialId) {
    List<Object[]> rows =
        em.createQuery(
                "select c.credentialData, c.version from CredentialEntity c where c.id = :id",
                Object[].class)
            .setParameter("id", credentialId)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            row ->
                new Snapshot(
                    YubikeyCredentialModel.read((String) row[0], YubikeyCredentialData.class),
                    ((Number) row[1]).intValue()));
  }

  /**
   * Writes {@code data} only if the row still has {@code expectedVersion}. The update takes the row
   * lock; a concurrent writer waits for this transaction and then finds the version moved.
   */
  boolean compareAndSet(
      RealmModel realm,
      UserModel user,
      String credentialId,
      int expectedVersion,
      YubikeyCredentialData data) {
    int updated =
        em.createQuery(
                "update CredentialEntity c set c.credentialData = :data,"
                    + " c.version = c.version + 1 where c.id = :id and c.version = :version")
            .setParameter("data", YubikeyCredentialModel.write(data))
            .setParameter("id", credentialId)
            .setParameter("version", expectedVersion)
            .executeUpdate();
    if (updated == 1) {
      // The row changed under Keycloak's user cache; drop the cached copy on every node.
      UserCache cache = session.getProvider(UserCache.class);
      if (cache != null) {
        cache.evict(realm, user);
      }
    }
    return updated == 1;
  }
}
