package io.github.jsm2fa.yubikey;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The non-secret part of a YubiKey credential, shown to admins in the credential's data.
 *
 * @param publicId the key's 12-character modhex public id
 * @param mode {@link #ONLINE} (a validation server checks OTPs) or {@link #OFFLINE}
 * @param sessionCounter the last accepted power-up counter (offline keys; -1 before first use)
 * @param sessionUse the last accepted use counter (offline keys; -1 before first use)
 * @param cloneWarning set when a correctly decrypting OTP arrived with counters behind the last
 *     accepted ones: the key may have been cloned
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record YubikeyCredentialData(
    String publicId, String mode, int sessionCounter, int sessionUse, String cloneWarning) {

  public static final String ONLINE = "online";
  public static final String OFFLINE = "offline";

  static YubikeyCredentialData online(String publicId) {
    return new YubikeyCredentialData(publicId, ONLINE, -1, -1, null);
  }

  static YubikeyCredentialData offline(String publicId) {
    return new YubikeyCredentialData(publicId, OFFLINE, -1, -1, null);
  }

  boolean isOffline() {
    return OFFLINE.equals(mode);
  }

  Counters counters() {
    return new Counters(sessionCounter, sessionUse);
  }

  YubikeyCredentialData withCounters(Counters counters) {
    return new YubikeyCredentialData(
        publicId, mode, counters.sessionCounter(), counters.sessionUse(), cloneWarning);
  }

  YubikeyCredentialData withCloneWarning(String warning) {
    return new YubikeyCredentialData(publicId, mode, sessionCounter, sessionUse, warning);
  }
}
