package io.github.jsm2fa.common;

import org.keycloak.credential.CredentialModel;

/** Helpers for the pack's typed credential models. */
public final class StoredCredentials {

  private StoredCredentials() {}

  /**
   * Copies what Keycloak stored for a credential (id, type, label, creation time and both data
   * strings) onto the typed model read from it, and returns that model.
   */
  public static <T extends CredentialModel> T copyStoredFields(CredentialModel stored, T model) {
    model.setId(stored.getId());
    model.setType(stored.getType());
    model.setUserLabel(stored.getUserLabel());
    model.setCreatedDate(stored.getCreatedDate());
    model.setCredentialData(stored.getCredentialData());
    model.setSecretData(stored.getSecretData());
    return model;
  }
}
