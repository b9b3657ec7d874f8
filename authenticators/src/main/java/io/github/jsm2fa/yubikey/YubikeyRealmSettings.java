package io.github.jsm2fa.yubikey;

import java.util.Map;
import java.util.Objects;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.RealmModel;

/**
 * Finds the settings of the realm's YubiKey step, for the places that run outside the login flow:
 * enrollment and credential validation.
 */
final class YubikeyRealmSettings {

  private YubikeyRealmSettings() {}

  // LIMITATION: a realm with several YubiKey steps configured differently shares the settings of
  // the first configured one found for enrollment. An operator with two
  // validation setups in one realm sees enrollment use only one. A fix needs settings on the
  // required action itself.
  static Map<String, String> stepConfig(RealmModel realm) {
    return realm
        .getAuthenticationFlowsStream()
        .flatMap(flow -> realm.getAuthenticationExecutionsStream(flow.getId()))
        .filter(e -> YubikeyAuthenticatorFactory.PROVIDER_ID.equals(e.getAuthenticator()))
        .map(e -> e.getAuthenticatorConfig())
        .filter(Objects::nonNull)
        .map(realm::getAuthenticatorConfigById)
        .filter(Objects::nonNull)
        .map(AuthenticatorConfigModel::getConfig)
        .findFirst()
        .orElse(Map.of());
  }
}
