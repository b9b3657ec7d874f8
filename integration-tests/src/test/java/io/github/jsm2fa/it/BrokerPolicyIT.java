package io.github.jsm2fa.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jsm2fa.it.support.Browser;
import io.github.jsm2fa.it.support.KeycloakIT;
import io.github.jsm2fa.it.support.LoginPage;
import io.github.jsm2fa.it.support.PkceLogin;
import io.github.jsm2fa.it.support.PolicyAdmin;
import io.github.jsm2fa.it.support.PortalPages;
import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.KeycloakServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The same policy after a login through an identity provider: a second realm of the same server
 * plays the provider, and the portal's provider runs the ready realm's post-broker-login flow.
 */
@KeycloakIT
class BrokerPolicyIT {

  private static final String REALM = PolicyAdmin.REALM;
  private static final String PASSWORD = "Upstream-Pass-1";

  private final URI base;
  private final AdminApi admin;

  BrokerPolicyIT(KeycloakServer server, AdminApi admin) {
    this.base = server.baseUrl();
    this.admin = admin;
  }

  @Test
  void brokeredCustomer_firstLogin_meetsThePolicyAfterTheProvider() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String upstream = "it-upstream-" + suffix;
    String alias = "upstream-" + suffix;
    String secret = UUID.randomUUID().toString();
    admin.createRealm(upstream);
    admin.createUser(
        upstream, "bruno-" + suffix, "bruno-" + suffix + "@example.com", "Bruno", "B", PASSWORD);
    admin.post(
        "/admin/realms/" + upstream + "/clients",
        Map.of(
            "clientId",
            "jsm-portal-broker",
            "secret",
            secret,
            "publicClient",
            false,
            "standardFlowEnabled",
            true,
            "redirectUris",
            List.of(base + "/realms/" + REALM + "/broker/" + alias + "/endpoint")));
    String upstreamBase = base + "/realms/" + upstream + "/protocol/openid-connect";
    admin.post(
        "/admin/realms/" + REALM + "/identity-provider/instances",
        Map.of(
            "alias",
            alias,
            "providerId",
            "oidc",
            "enabled",
            true,
            "trustEmail",
            true,
            "postBrokerLoginFlowAlias",
            "jsm2fa post broker login",
            "config",
            Map.of(
                "clientId",
                "jsm-portal-broker",
                "clientSecret",
                secret,
                "clientAuthMethod",
                "client_secret_post",
                "authorizationUrl",
                upstreamBase + "/auth",
                "tokenUrl",
                upstreamBase + "/token",
                "userInfoUrl",
                upstreamBase + "/userinfo",
                "defaultScope",
                "openid email profile",
                "syncMode",
                "IMPORT")));

    try (Browser browser = new Browser()) {
      PkceLogin.start(browser, base, REALM);
      HtmlPage login = (HtmlPage) browser.currentPage();
      HtmlAnchor provider = (HtmlAnchor) login.getElementById("social-" + alias);
      HtmlPage upstreamLogin = click(provider);
      HtmlPage next = new LoginPage(upstreamLogin).signIn("bruno-" + suffix, PASSWORD);

      assertThat(PortalPages.isMethodChoice(next))
          .as("page after the provider: %s", PortalPages.template(next))
          .isTrue();
    } finally {
      admin.delete("/admin/realms/" + REALM + "/identity-provider/instances/" + alias);
      admin.delete("/admin/realms/" + upstream);
    }
  }

  private static HtmlPage click(HtmlAnchor anchor) {
    try {
      return anchor.click();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
