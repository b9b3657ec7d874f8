package io.github.jsm2fa.yubikey;

import io.github.jsm2fa.yubikey.client.ServerAnswer;
import io.github.jsm2fa.yubikey.client.ValidationResult;
import io.github.jsm2fa.yubikey.client.ValidationSettings;
import io.github.jsm2fa.yubikey.client.YubicoValidationClient;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Validates an OTP for a customer: binds the key whose public id the OTP carries, then checks the
 * OTP offline (imported secret) or online (validation servers).
 */
final class YubikeyVerifier {

  private static final Logger LOG = Logger.getLogger(YubikeyVerifier.class);

  // One client for the whole server: it pools connections to the validation servers.
  private static final YubicoValidationClient CLIENT =
      new YubicoValidationClient(
          HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());

  /** What a check found: the outcome and, when a key was bound, that key. */
  record Result(YubikeyOutcome outcome, Optional<YubikeyCredentialModel> credential) {}

  private final KeycloakSession session;
  private final RealmModel realm;
  private final YubikeyConfig config;

  YubikeyVerifier(KeycloakSession session, RealmModel realm, Map<String, String> config) {
    this.session = session;
    this.realm = realm;
    Optional<String> problem = YubikeyConfig.problemIn(config);
    if (problem.isPresent()) {
      LOG.warnf(
          "YubiKey step settings in realm %s are invalid (%s); online validation is off",
          realm.getName(), problem.get());
    }
    this.config = YubikeyConfig.from(problem.isPresent() ? Map.of() : config);
  }

  Result verify(UserModel user, List<YubikeyOtp> candidates) {
    List<YubikeyCredentialModel> keys =
        user.credentialManager()
            .getStoredCredentialsByTypeStream(YubikeyCredentialModel.TYPE)
            .map(YubikeyCredentialModel::from)
            .toList();
    for (YubikeyOtp otp : candidates) {
      for (YubikeyCredentialModel key : keys) {
        if (key.data().publicId().equals(otp.publicId())) {
          return new Result(check(user, key, otp), Optional.of(key));
        }
      }
    }
    return new Result(YubikeyOutcome.UNKNOWN_KEY, Optional.empty());
  }

  private YubikeyOutcome check(UserModel user, YubikeyCredentialModel key, YubikeyOtp otp) {
    if (key.data().isOffline()) {
      return new OfflineValidator(new YubikeyCounterStore(session)).validate(realm, user, key, otp);
    }
    return validateOnline(otp);
  }

  /** Asks the validation servers; also used by enrollment, where no key is bound yet. */
  YubikeyOutcome validateOnline(YubikeyOtp otp) {
    Optional<ValidationSettings> settings = onlineSettings();
    if (settings.isEmpty()) {
      LOG.warnf(
          "YubiKey %s in realm %s needs online validation, but no client id and valid API key"
              + " are configured",
          otp.publicId(), realm.getName());
      return YubikeyOutcome.NOT_CONFIGURED;
    }
    ValidationResult result = CLIENT.verify(otp.value(), settings.get());
    YubikeyOutcome outcome =
        switch (result.verdict()) {
          case ACCEPTED -> YubikeyOutcome.ACCEPTED;
          case REJECTED -> YubikeyOutcome.REJECTED;
          case REPLAYED -> YubikeyOutcome.REPLAYED;
          case TAMPERED -> YubikeyOutcome.TAMPERED;
          case REPLAYED_REQUEST, SERVICE_PROBLEM -> YubikeyOutcome.SERVICE_UNAVAILABLE;
        };
    if (outcome == YubikeyOutcome.TAMPERED || outcome == YubikeyOutcome.SERVICE_UNAVAILABLE) {
      for (ServerAnswer answer : result.answers()) {
        LOG.errorf(
            "YubiKey validation server %s in realm %s: status %s, %s",
            answer.server(), realm.getName(), answer.status(), answer.detail());
      }
    }
    return outcome;
  }

  private Optional<ValidationSettings> onlineSettings() {
    return config.validationSettings(
        reference -> session.vault().getStringSecret(reference).get().orElse(reference));
  }

  YubikeyConfig config() {
    return config;
  }
}
