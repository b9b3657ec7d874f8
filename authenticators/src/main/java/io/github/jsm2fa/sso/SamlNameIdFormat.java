package io.github.jsm2fa.sso;

import org.keycloak.models.ClientModel;
import org.keycloak.protocol.saml.SamlConfigAttributes;
import org.keycloak.protocol.saml.SamlProtocol;
import org.keycloak.saml.common.constants.JBossSAMLURIConstants;

/**
 * Works out which NameID format Keycloak will put in a SAML client's assertion, the same way
 * Keycloak's SAML protocol does: the format the request asked for, unless the client forces its own
 * or the request asked for none.
 */
final class SamlNameIdFormat {

  static final String EMAIL = JBossSAMLURIConstants.NAMEID_FORMAT_EMAIL.get();
  static final String UNSPECIFIED = JBossSAMLURIConstants.NAMEID_FORMAT_UNSPECIFIED.get();

  private SamlNameIdFormat() {}

  /**
   * The format of the NameID the client receives.
   *
   * @param requested the format of the request's NameIDPolicy, or {@code null} if it named none
   * @param forced whether the client forces its configured format
   * @param configured the client's configured format as a URN, or {@code null}
   */
  static String effective(String requested, boolean forced, String configured) {
    String format = requested;
    if ((format == null || forced) && configured != null) {
      format = configured;
    }
    return format == null ? UNSPECIFIED : format;
  }

  /** Whether this client's assertion carries the customer's e-mail as its NameID. */
  static boolean carriesEmail(ClientModel client, String requested) {
    if (!SamlProtocol.LOGIN_PROTOCOL.equals(client.getProtocol())) {
      return false;
    }
    boolean forced =
        "true"
            .equals(client.getAttribute(SamlConfigAttributes.SAML_FORCE_NAME_ID_FORMAT_ATTRIBUTE));
    String configured =
        configuredUrn(client.getAttribute(SamlConfigAttributes.SAML_NAME_ID_FORMAT_ATTRIBUTE));
    return EMAIL.equals(effective(requested, forced, configured));
  }

  /**
   * The URN of a client's configured format, stored by the admin console as a short name. Reads the
   * attribute itself because Keycloak's {@code SamlClient} pulls in SAML classes a unit test does
   * not have.
   */
  static String configuredUrn(String shortName) {
    if (shortName == null) {
      return null;
    }
    return switch (shortName) {
      case "email" -> EMAIL;
      case "persistent" -> JBossSAMLURIConstants.NAMEID_FORMAT_PERSISTENT.get();
      case "transient" -> JBossSAMLURIConstants.NAMEID_FORMAT_TRANSIENT.get();
      default -> UNSPECIFIED;
    };
  }
}
