package io.github.jsm2fa.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.keycloak.credential.CredentialModel;

class StoredCredentialsTest {

  @Test
  void copyStoredFields_copiesWhatKeycloakStored_ontoTheGivenModel() {
    CredentialModel stored = new CredentialModel();
    stored.setId("credential-1");
    stored.setType("jsm2fa-yubikey");
    stored.setUserLabel("YubiKey cccccccccccb");
    stored.setCreatedDate(1_700_000_000_000L);
    stored.setCredentialData("{\"publicId\":\"cccccccccccb\"}");
    stored.setSecretData("{}");
    CredentialModel typed = new CredentialModel();

    CredentialModel result = StoredCredentials.copyStoredFields(stored, typed);

    assertThat(result).isSameAs(typed);
    assertThat(typed.getId()).isEqualTo("credential-1");
    assertThat(typed.getType()).isEqualTo("jsm2fa-yubikey");
    assertThat(typed.getUserLabel()).isEqualTo("YubiKey cccccccccccb");
    assertThat(typed.getCreatedDate()).isEqualTo(1_700_000_000_000L);
    assertThat(typed.getCredentialData()).isEqualTo("{\"publicId\":\"cccccccccccb\"}");
    assertThat(typed.getSecretData()).isEqualTo("{}");
  }
}
