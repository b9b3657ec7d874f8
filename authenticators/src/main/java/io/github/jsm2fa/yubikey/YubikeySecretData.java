package io.github.jsm2fa.yubikey;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.HexFormat;

/**
 * The secret part of an offline YubiKey credential, kept in the credential's secret data.
 *
 * @param aesKey the AES-128 key, 32 hex characters
 * @param privateId the 6-byte private id, 12 hex characters
 */
// LIMITATION: the secret is stored in the credential's secret data exactly as Keycloak stores the
// secret of its own OTP credentials, in clear in the database. Whoever can read the CREDENTIAL
// table can mint codes for offline keys. A fix needs encryption with a key kept outside the
// database (for example in the vault).
@JsonInclude(JsonInclude.Include.NON_NULL)
public record YubikeySecretData(String aesKey, String privateId) {

  static final YubikeySecretData NONE = new YubikeySecretData(null, null);

  @JsonIgnore
  boolean isPresent() {
    return aesKey != null && privateId != null;
  }

  @JsonIgnore
  byte[] aesKeyBytes() {
    return HexFormat.of().parseHex(aesKey);
  }

  @Override
  public String toString() {
    return "YubikeySecretData[redacted]";
  }
}
