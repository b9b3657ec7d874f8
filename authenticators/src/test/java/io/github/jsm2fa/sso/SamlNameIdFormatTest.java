package io.github.jsm2fa.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.models.ClientModel;

class SamlNameIdFormatTest {

  private static final String EMAIL = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";
  private static final String PERSISTENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent";
  private static final String UNSPECIFIED = "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified";

  @ParameterizedTest(name = "requested {0}, forced {1}, configured {2} -> {3}")
  @CsvSource(
      nullValues = "none",
      value = {
        "none,        true,  email,      EMAIL",
        "PERSISTENT,  true,  email,      EMAIL",
        "UNSPECIFIED, true,  email,      EMAIL",
        "none,        false, email,      EMAIL",
        "PERSISTENT,  false, email,      PERSISTENT",
        "none,        false, none,       UNSPECIFIED",
        "PERSISTENT,  true,  none,       PERSISTENT",
        "EMAIL,       false, persistent, EMAIL",
      })
  void effective_followsKeycloaksRule(
      String requested, boolean forced, String configured, String expected) {
    assertThat(SamlNameIdFormat.effective(urn(requested), forced, urn(configured)))
        .isEqualTo(urn(expected));
  }

  @ParameterizedTest(name = "protocol {0}, forced {1}, requested {2} -> {3}")
  @CsvSource(
      nullValues = "none",
      value = {
        "saml,            true,  PERSISTENT, true",
        "saml,            true,  none,       true",
        "saml,            false, PERSISTENT, false",
        "saml,            false, none,       true",
        "openid-connect,  true,  none,       false",
      })
  void carriesEmail_onlyForSamlClientsSendingTheEmailFormat(
      String protocol, boolean forced, String requested, boolean expected) {
    ClientModel client = mock(ClientModel.class);
    when(client.getProtocol()).thenReturn(protocol);
    when(client.getAttribute("saml_name_id_format")).thenReturn("email");
    when(client.getAttribute("saml_force_name_id_format")).thenReturn(Boolean.toString(forced));

    assertThat(SamlNameIdFormat.carriesEmail(client, urn(requested))).isEqualTo(expected);
  }

  private static String urn(String name) {
    if (name == null) {
      return null;
    }
    return switch (name) {
      case "EMAIL", "email" -> EMAIL;
      case "PERSISTENT", "persistent" -> PERSISTENT;
      case "UNSPECIFIED" -> UNSPECIFIED;
      default -> throw new IllegalArgumentException(name);
    };
  }
}
