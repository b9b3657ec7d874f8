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
