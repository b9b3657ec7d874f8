package io.github.jsm2fa.yubikey;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** Finds which customer of a realm a YubiKey public id is bound to, straight from the database. */
final class YubikeyKeyDirectory {

  private final EntityManager em;

  YubikeyKeyDirectory(KeycloakSession session) {
    this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
  }

  /** The id of the user in {@code realm} holding a key with {@code publicId}, if any. */
  Optional<String> ownerOf(RealmModel realm, String publicId) {
    // LIMITATION: the public id sits inside the JSON credential data, so this is a LIKE scan over
    // the realm's YubiKey credentials rather than an indexed lookup, and two enrollments of one
    // key at the same instant are not serialized. Realms with a very large number of keys see
    // slower enrollment. A fix needs an own table with a unique (realm, public id) index.
    List<String> owners =
        em.createQuery(
                "select c.user.id from CredentialEntity c where c.type = :type"
                    + " and c.user.realmId = :realm and c.credentialData like :pattern",
                String.class)
            .setParameter("type", YubikeyCredentialModel.TYPE)
            .setParameter("realm", realm.getId())
            .setParameter("pattern", "%\"publicId\":\"" + publicId + "\"%")
            .setMaxResults(1)
            .getResultList();
    return owners.stream().findFirst();
  }
}
