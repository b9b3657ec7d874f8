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
 * SAML identity-provider broker, which this project did not write, in Atlassian's place. Sets the
 * portal realm's SAML client to it, as an admin does with Atlassian's values.
 */
public final class SamlServiceProviderRealm {

  public static final String REALM = "portal-sp";
  public static final String PORTAL_REALM = "jsm-portal";
  public static final String IDP_ALIAS = "jsm-portal";

  static final String PERSISTENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent";
  static final String UNSPECIFIED = "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified";
  static final String EMAIL = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";

  /** The client id the realm file imports when no entity id is set in the environment. */
  private static final String IMPORTED_ENTITY_ID = "urn:jsm2fa:atlassian-entity-id-not-set";

  private final AdminApi admin;
  private final URI baseUrl;

  private SamlServiceProviderRealm(AdminApi admin, URI baseUrl) {
    this.admin = admin;
    this.baseUrl = baseUrl;
  }

  /** Creates the service provider once per server and points the portal's SAML client at it. */
  public static synchronized SamlServiceProviderRealm ensure(AdminApi admin, URI baseUrl) {
    SamlServiceProviderRealm sp = new SamlServiceProviderRealm(admin, baseUrl);
    if (!sp.exists()) {
      admin.createRealm(REALM);
      sp.pointPortalClientAtServiceProvider();
      sp.addIdentityProvider();
    }
    return sp;
  }

  public String entityId() {
    return baseUrl.resolve("/realms/" + REALM).toString();
  }

  public String assertionConsumerUrl() {
    return baseUrl.resolve("/realms/" + REALM + "/broker/" + IDP_ALIAS + "/endpoint").toString();
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

  private void pointPortalClientAtServiceProvider() {
    JsonNode found =
        admin.get(
            "/admin/realms/"
                + PORTAL_REALM
                + "/clients?clientId="
                + RestClient.encode(IMPORTED_ENTITY_ID));
    ObjectNode client = (ObjectNode) found.get(0);
    client.put("clientId", entityId());
    client.putArray("redirectUris").add(assertionConsumerUrl());
    ((ObjectNode) client.path("attributes"))
        .put("saml_assertion_consumer_url_post", assertionConsumerUrl());
    admin.put("/admin/realms/" + PORTAL_REALM + "/clients/" + client.path("id").asText(), client);
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
