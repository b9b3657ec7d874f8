package io.github.jsm2fa.yubikey;

import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** Checks an OTP against an imported key: decryption, CRC, private id, then the counters. */
final class OfflineValidator {

  private static final Logger LOG = Logger.getLogger(OfflineValidator.class);
  private static final int MAX_ATTEMPTS = 5;

  private final YubikeyCounterStore store;

  OfflineValidator(YubikeyCounterStore store) {
    this.store = store;
  }

  YubikeyOutcome validate(
      RealmModel realm, UserModel user, YubikeyCredentialModel credential, YubikeyOtp otp) {
    YubikeySecretData secret = credential.secret();
    if (!secret.isPresent()) {
      return YubikeyOutcome.NOT_CONFIGURED;
    }
    Optional<DecryptedToken> token = TokenDecryptor.decrypt(otp.token(), secret.aesKeyBytes());
    if (token.isEmpty() || !token.get().privateIdHex().equalsIgnoreCase(secret.privateId())) {
      return YubikeyOutcome.REJECTED;
    }
    Counters presented = token.get().counters();

    // Each lost compare-and-set means another login moved the counters; judge again against them.
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      Optional<YubikeyCounterStore.Snapshot> snapshot = store.read(credential.getId());
      if (snapshot.isEmpty()) {
        return YubikeyOutcome.UNKNOWN_KEY;
      }
      YubikeyCredentialData stored = snapshot.get().data();
      switch (presented.compareWithStored(stored.counters())) {
        case EQUAL -> {
          return YubikeyOutcome.REPLAYED;
        }
        case BEHIND -> {
          flagClone(realm, user, credential, snapshot.get(), presented);
          return YubikeyOutcome.CLONE_SUSPECTED;
        }
        case AHEAD -> {
          YubikeyCredentialData next = stored.withCounters(presented);
          int version = snapshot.get().version();
          if (store.compareAndSet(realm, user, credential.getId(), version, next)) {
            return YubikeyOutcome.ACCEPTED;
          }
        }
      }
    }
    LOG.debugf("YubiKey %s: counters kept moving under concurrent logins", otp.publicId());
    return YubikeyOutcome.REPLAYED;
  }

  private void flagClone(
      RealmModel realm,
      UserModel user,
      YubikeyCredentialModel credential,
      YubikeyCounterStore.Snapshot snapshot,
      Counters presented) {
    YubikeyCredentialData stored = snapshot.data();
    String warning =
        String.format(
            "%s: OTP with counters %d/%d behind accepted %d/%d; the key may be cloned",
            java.time.Instant.ofEpochMilli(Time.currentTimeMillis()),
            presented.sessionCounter(),
            presented.sessionUse(),
            stored.sessionCounter(),
            stored.sessionUse());
    store.compareAndSet(
        realm, user, credential.getId(), snapshot.version(), stored.withCloneWarning(warning));
    LOG.warnf(
        "YubiKey %s of user %s in realm %s: a correctly decrypting OTP had counters %d/%d behind"
            + " the accepted %d/%d; the key may have been cloned",
        stored.publicId(),
        user.getId(),
        realm.getName(),
        presented.sessionCounter(),
        presented.sessionUse(),
        stored.sessionCounter(),
        stored.sessionUse());
  }
}
