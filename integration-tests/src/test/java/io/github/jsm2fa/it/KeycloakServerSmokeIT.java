package io.github.jsm2fa.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jsm2fa.it.support.AccountApi;
import io.github.jsm2fa.it.support.Browser;
import io.github.jsm2fa.it.support.KeycloakIT;
import io.github.jsm2fa.it.support.LoginPage;
import io.github.jsm2fa.it.support.PkceLogin;
import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.KeycloakServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The harness itself: Keycloak starts with the pack, and admin and customer paths work. */
@KeycloakIT
@Tag("smoke")
class KeycloakServerSmokeIT {

  // A realm of Keycloak defaults, so these checks do not depend on the pack's flows.
  private static final String PLAIN_REALM = "harness-smoke";

  @Test
  void masterAdmin_readsServerInfo(AdminApi admin) {
    JsonNode info = admin.serverInfo();

    assertThat(info.path("systemInfo").path("version").asText()).isNotBlank();
    assertThat(info.path("providers").path("authenticator").path("providers").size()).isPositive();
  }

  @Test
  void packProviders_areLoaded(KeycloakServer server, AdminApi admin) throws Exception {
    try (Stream<Path> jars = Files.list(server.home().resolve("providers"))) {
      assertThat(jars.map(jar -> jar.getFileName().toString()))
          .anyMatch(name -> name.startsWith("jsm2fa-authenticators-"))
          .anyMatch(name -> name.startsWith("jsm2fa-jsm-sync-"))
          .anyMatch(name -> name.startsWith("jsm2fa-themes-"));
    }
    List<String> packIds = packProviderIds(admin.serverInfo());

    assertThat(packIds)
        .allMatch(id -> id.startsWith("jsm2fa-"))
        .contains(
            "jsm2fa-security-questions",
            "jsm2fa-security-questions-setup",
            "jsm2fa-2fa-policy",
            "jsm2fa-management");
  }

  @Test
  void realmExport_isImported(AdminApi admin) {
    assertThat(admin.realm("jsm-portal").path("enabled").asBoolean()).isTrue();
  }

  @Test
  void customerWithPassword_listsOwnCredentials(KeycloakServer server, AdminApi admin) {
    ensurePlainRealm(admin);
    admin.createUser(PLAIN_REALM, "carol", "carol@example.com", "Carol", "C", "Carol-Pass-1");

    try (Browser browser = new Browser()) {
      PkceLogin login = PkceLogin.start(browser, server.baseUrl(), PLAIN_REALM);
      HtmlPage next =
          new LoginPage((HtmlPage) browser.currentPage()).signIn("carol", "Carol-Pass-1");
      assertThat(LoginPage.isShown(next)).isFalse();
      AccountApi account = login.finish(browser);

      assertThat(account.credentialIds("password")).hasSize(1);
    }
  }

  @Test
  void wrongPassword_showsLoginAgainWithError(KeycloakServer server, AdminApi admin) {
    ensurePlainRealm(admin);
    admin.createUser(PLAIN_REALM, "dave", "dave@example.com", "Dave", "D", "Dave-Pass-1");

    try (Browser browser = new Browser()) {
      PkceLogin.start(browser, server.baseUrl(), PLAIN_REALM);
      HtmlPage next = new LoginPage((HtmlPage) browser.currentPage()).signIn("dave", "nope");

      assertThat(LoginPage.isShown(next)).isTrue();
      assertThat(new LoginPage(next).fieldError("username")).isNotBlank();
    }
    Map<String, Object> status = admin.bruteForceStatus(PLAIN_REALM, userId(admin, "dave"));
    assertThat(status).containsKey("numFailures");
  }

  @Test
  void serverLog_isWritten(KeycloakServer server) throws Exception {
    assertThat(Files.readString(server.logFile())).contains("Listening on");
  }

  private static void ensurePlainRealm(AdminApi admin) {
    boolean exists = false;
    for (JsonNode realm : admin.get("/admin/realms")) {
      exists |= PLAIN_REALM.equals(realm.path("realm").asText());
    }
    if (!exists) {
      admin.createRealm(PLAIN_REALM);
    }
  }

  private static String userId(AdminApi admin, String username) {
    return admin.findUserId(PLAIN_REALM, username).orElseThrow();
  }

  private static List<String> packProviderIds(JsonNode serverInfo) {
    List<String> ids = new ArrayList<>();
    for (JsonNode spi : serverInfo.path("providers")) {
      Iterator<String> names = spi.path("providers").fieldNames();
      names.forEachRemaining(
          id -> {
            if (id.startsWith("jsm2fa")) {
              ids.add(id);
            }
          });
    }
    return ids;
  }
}
