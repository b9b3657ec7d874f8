package io.github.jsm2fa.policy;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.keycloak.common.util.SecretGenerator;
import org.keycloak.common.util.Time;
import org.keycloak.crypto.Algorithm;
import org.keycloak.crypto.KeyUse;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * "Remember this device": a cookie carrying a {@link DeviceToken} keyed with a key derived from the
 * realm's active HMAC key. Rotating that realm key also forgets every device.
 */
final class RememberedDevices {

  // LIMITATION: one cookie per browser, so a browser remembers one customer at a time; a second
  // customer remembered on it replaces the first, who is asked again. A fix needs a cookie per
  // customer, named by a hash of the customer id.
  static final String COOKIE = "JSM2FA_REMEMBER_DEVICE";

  private static final byte[] PURPOSE = "jsm2fa-remember-device".getBytes(StandardCharsets.UTF_8);

  private RememberedDevices() {}

  static boolean isRemembered(KeycloakSession session, RealmModel realm, UserModel user) {
    Cookie cookie = session.getContext().getRequestHeaders().getCookies().get(COOKIE);
    if (cookie == null) {
      return false;
    }
    return DeviceToken.verify(
        key(session, realm),
        cookie.getValue(),
        user.getId(),
        Time.currentTime(),
        SecondFactorState.digest(user));
  }

  /** Sets the cookie; false when the realm has no HMAC key to sign it with. */
  static boolean remember(KeycloakSession session, RealmModel realm, UserModel user, int days) {
    byte[] key = key(session, realm);
    if (key == null) {
      return false;
    }
    long maxAge = Duration.ofDays(days).toSeconds();
    String deviceId = SecretGenerator.getInstance().randomString(22);
    String token =
        DeviceToken.issue(
            key,
            user.getId(),
            deviceId,
            Time.currentTime() + maxAge,
            SecondFactorState.digest(user));
    URI base = session.getContext().getUri().getBaseUri();
    NewCookie cookie =
        new NewCookie.Builder(COOKIE)
            .value(token)
            .path(base.getRawPath().replaceAll("/$", "") + "/realms/" + realm.getName() + "/")
            .maxAge((int) maxAge)
            .httpOnly(true)
            .secure("https".equalsIgnoreCase(base.getScheme()))
            .sameSite(NewCookie.SameSite.LAX)
            .build();
    session.getContext().getHttpResponse().setCookieIfAbsent(cookie);
    return true;
  }

  private static byte[] key(KeycloakSession session, RealmModel realm) {
    KeyWrapper realmKey;
    try {
      realmKey = session.keys().getActiveKey(realm, KeyUse.SIG, Algorithm.HS512);
    } catch (RuntimeException e) {
      // Keycloak throws when the realm has no active key of that algorithm.
      return null;
    }
    if (realmKey == null || realmKey.getSecretKey() == null) {
      return null;
    }
    try {
      // A key of its own, so a cookie MAC can never be mistaken for a token signature.
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(realmKey.getSecretKey().getEncoded(), "HmacSHA256"));
      return mac.doFinal(PURPOSE);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }
}
