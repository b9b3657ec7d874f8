package io.github.jsm2fa.it.sso;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.RestClient;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A second realm on the same Keycloak acting as the portal's SAML service provider: Keycloak's own
 * SAML identity-provider broker, which this project did not write, in Atlassian's place.
 */
public final class SamlServiceProviderRealm {

  public static final String REALM = "portal-sp";
  public static final String PORTAL_REALM = "jsm-portal";
  public static final String IDP_ALIAS = "jsm-portal";

  static final String PERSISTENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent";
  static final String UNSPECIFIED = "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified";
  static final String EMAIL = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";

  private final AdminApi admin;
  private final URI baseUrl;

  private SamlServiceProviderRealm(AdminApi admin, URI baseUrl) {
    this.admin = admin;
    this.baseUrl = baseUrl;
  }

  /**
   * Creates the service provider once per server. The portal's SAML client already points at it:
   * the realm file took its entity id and assertion consumer URL from the environment (see {@link
   * SsoImportEnvironment}).
   */
  public static synchronized SamlServiceProviderRealm ensure(AdminApi admin, URI baseUrl) {
    SamlServiceProviderRealm sp = new SamlServiceProviderRealm(admin, baseUrl);
    if (!sp.exists()) {
      admin.createRealm(REALM);
      sp.addIdentityProvider();
    }
    return sp;
  }

  public String entityId() {
    return entityId(baseUrl);
  }

  public String assertionConsumerUrl() {
    return assertionConsumerUrl(baseUrl);
  }

  static String entityId(URI baseUrl) {
    return baseUrl.resolve("/realms/" + REALM).toString();
  }

  static String assertionConsumerUrl(URI baseUrl) {
    return baseUrl.resolve("/realms/" + REALM + "/broker/" + IDP_ALIAS + "/endpoint").toString();
  }

  /** The portal realm's SAML client for this service provider, as the realm file imported it. */
  JsonNode portalClient() {
    JsonNode found =
        admin.get(
            "/admin/realms/" + PORTAL_REALM + "/clients?clientId=" + RestClient.encode(entityId()));
    if (found.size() != 1) {
      throw new IllegalStateException(
          "The portal realm has no SAML client "
              + entityId()
              + ": was JSM2FA_ATLASSIAN_ENTITY_ID"
              + " set when the realm was imported?");
    }
    return found.get(0);
  }

  /** The NameID format the service provider asks for in its requests. */
  void requestNameIdFormat(String format) {
    ObjectNode idp = (ObjectNode) admin.get(idpPath());
    ((ObjectNode) idp.path("config")).put("nameIDPolicyFormat", format);
    admin.put(idpPath(), idp);
  }

  /** The identities the service provider linked to its users for the portal realm. */
  JsonNode federatedIdentities(String spUserId) {
    return admin.get("/admin/realms/" + REALM + "/users/" + spUserId + "/federated-identity");
  }

  private boolean exists() {
    for (JsonNode realm : admin.get("/admin/realms")) {
      if (REALM.equals(realm.path("realm").asText())) {
        return true;
      }
    }
    return false;
  }

  private void addIdentityProvider() {
    Map<String, Object> config = new HashMap<>();
    config.put("singleSignOnServiceUrl", baseUrl.resolve(portalPath("/protocol/saml")).toString());
    config.put("idpEntityId", baseUrl.resolve(portalPath("")).toString());
    config.put("entityId", entityId());
    config.put("nameIDPolicyFormat", PERSISTENT);
    config.put("principalType", "SUBJECT");
    config.put("postBindingResponse", "true");
    config.put("postBindingAuthnRequest", "false");
    config.put("wantAuthnRequestsSigned", "false");
    config.put("validateSignature", "true");
    config.put("wantAssertionsSigned", "true");
    config.put("signingCertificate", portalSigningCertificate());
    config.put("syncMode", "FORCE");
    admin.post(
        "/admin/realms/" + REALM + "/identity-provider/instances",
        Map.of(
            "alias",
            IDP_ALIAS,
            "providerId",
            "saml",
            "enabled",
            true,
            "trustEmail",
            true,
            "config",
            config));
    for (String attribute : List.of("email", "firstName", "lastName")) {
      admin.post(
          idpPath() + "/mappers",
          Map.of(
              "name",
              attribute,
              "identityProviderAlias",
              IDP_ALIAS,
              "identityProviderMapper",
              "saml-user-attribute-idp-mapper",
              "config",
              Map.of(
                  "syncMode",
                  "INHERIT",
                  "attribute.name",
                  attribute,
                  "user.attribute",
                  attribute)));
    }
  }

  private String portalSigningCertificate() {
    for (JsonNode key : admin.get(portalAdminPath("/keys")).path("keys")) {
      if ("RS256".equals(key.path("algorithm").asText())
          && "SIG".equals(key.path("use").asText())
          && key.hasNonNull("certificate")) {
        return key.path("certificate").asText();
      }
    }
    throw new IllegalStateException("The portal realm has no RS256 signing certificate");
  }

  private String idpPath() {
    return "/admin/realms/" + REALM + "/identity-provider/instances/" + IDP_ALIAS;
  }

  private static String portalPath(String sub) {
    return "/realms/" + PORTAL_REALM + sub;
  }

  private static String portalAdminPath(String sub) {
    return "/admin/realms/" + PORTAL_REALM + sub;
  }
}
