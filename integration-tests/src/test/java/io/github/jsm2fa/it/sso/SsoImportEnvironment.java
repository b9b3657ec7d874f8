package io.github.jsm2fa.it.sso;

import java.net.URI;
import java.util.Map;

/**
 * The environment the realm file reads at import for its SSO clients, as an admin sets it for a
 * deployment, here pointing at the test's own service providers on the same Keycloak.
 */
public final class SsoImportEnvironment {

  private SsoImportEnvironment() {}

  /** The variables for a Keycloak at {@code baseUrl}. */
  public static Map<String, String> of(URI baseUrl) {
    return Map.of(
        "JSM2FA_ATLASSIAN_ENTITY_ID", SamlServiceProviderRealm.entityId(baseUrl),
        "JSM2FA_ATLASSIAN_ACS_URL", SamlServiceProviderRealm.assertionConsumerUrl(baseUrl),
        "JSM2FA_JSM_DC_REDIRECT_URI", dataCenterRedirectUri(baseUrl));
  }

  /** Where the Data Center client sends customers back to: the portal realm's account page. */
  static String dataCenterRedirectUri(URI baseUrl) {
    return baseUrl
        .resolve("/realms/" + SamlServiceProviderRealm.PORTAL_REALM + "/account/")
        .toString();
  }
}
