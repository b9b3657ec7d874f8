package io.github.jsm2fa.yubikey;

import io.github.jsm2fa.common.StoredCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.util.JsonSerialization;

/** A customer's YubiKey, bound by its public id; offline keys also carry their AES secret. */
public final class YubikeyCredentialModel extends CredentialModel {

  public static final String TYPE = "jsm2fa-yubikey";

  private static final long serialVersionUID = 1L;

  private final transient YubikeyCredentialData data;
  private final transient YubikeySecretData secret;

  private YubikeyCredentialModel(YubikeyCredentialData data, YubikeySecretData secret) {
    this.data = data;
    this.secret = secret;
  }

  static YubikeyCredentialModel create(
      String label, YubikeyCredentialData data, YubikeySecretData secret) {
    YubikeyCredentialModel model = new YubikeyCredentialModel(data, secret);
    model.setType(TYPE);
    model.setUserLabel(label);
    model.setCreatedDate(Time.currentTimeMillis());
    model.setCredentialData(write(data));
    model.setSecretData(write(secret));
    return model;
  }

  static YubikeyCredentialModel from(CredentialModel stored) {
    YubikeyCredentialData data = read(stored.getCredentialData(), YubikeyCredentialData.class);
    YubikeySecretData secret =
        stored.getSecretData() == null
            ? YubikeySecretData.NONE
            : read(stored.getSecretData(), YubikeySecretData.class);
    return StoredCredentials.copyStoredFields(stored, new YubikeyCredentialModel(data, secret));
  }

  YubikeyCredentialData data() {
    return data;
  }

  YubikeySecretData secret() {
    return secret;
  }

  static String write(Object value) {
    try {
      return JsonSerialization.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return JsonSerialization.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable YubiKey credential", e);
    }
  }
}
