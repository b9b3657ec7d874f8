package io.github.jsm2fa.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jsm2fa.it.support.Browser;
import io.github.jsm2fa.it.support.Customers;
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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/** The management API: permissions, every action, bulk answers and admin events. */
@KeycloakIT
class ManagementIT {

  private static final String REALM = PolicyAdmin.REALM;
  private static final String API = "/admin/realms/" + REALM + "/jsm2fa-management";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final AdminApi admin;

  ManagementIT(KeycloakServer server, AdminApi admin) {
    this.base = server.baseUrl();
    this.admin = admin;
  }

  @Test
  void everyEndpoint_checksTheRealmManagementRole() {
    String target = Customers.id(admin, Customers.create(admin, "target"));
    String nobody = tokenFor(Customers.createRealmAdmin(admin, "nobody"));
    String viewer = tokenFor(Customers.createRealmAdmin(admin, "viewer", "view-users"));
    String manager =
        tokenFor(Customers.createRealmAdmin(admin, "manager", "view-users", "manage-users"));

    assertThat(status(nobody, "GET", "/dashboard", null)).isEqualTo(403);
    assertThat(status(nobody, "GET", "/customers", null)).isEqualTo(403);
    assertThat(status(nobody, "GET", "/customers/" + target, null)).isEqualTo(403);
    assertThat(status(nobody, "GET", "/customers/no-such-id", null)).isEqualTo(403);
    for (String token : List.of(nobody, viewer)) {
      for (String action :
          List.of("enable-2fa", "disable-2fa", "reset-password", "reset-mfa", "unlock")) {
        assertThat(status(token, "POST", "/customers/" + target + "/" + action, "{}"))
            .as(action)
            .isEqualTo(403);
      }
      assertThat(status(token, "DELETE", "/customers/" + target, null)).isEqualTo(403);
      assertThat(
              status(
                  token,
                  "POST",
                  "/customers/bulk",
                  "{\"action\":\"unlock\",\"ids\":[\"" + target + "\"]}"))
          .isEqualTo(403);
    }
    assertThat(status(viewer, "GET", "/dashboard", null)).isEqualTo(200);
    assertThat(status(viewer, "GET", "/customers/" + target, null)).isEqualTo(200);
    assertThat(status(viewer, "GET", "/customers/no-such-id", null)).isEqualTo(404);
    assertThat(status(manager, "POST", "/customers/" + target + "/unlock", "{}")).isEqualTo(200);
    assertThat(status(manager, "DELETE", "/customers/" + target, null)).isEqualTo(200);
    assertThat(status(manager, "GET", "/customers/" + target, null)).isEqualTo(404);
  }

  @Test
  void customers_showTheirStatus_andAdminsAreNotCustomers() {
    String customer = Customers.create(admin, "status");
    String id = Customers.id(admin, customer);
    Customers.createRealmAdmin(admin, "listed-admin", "view-users");
    try (Browser browser = new Browser()) {
      Customers.enrollTotp(browser, base, customer);
    }

    JsonNode one = admin.get(API + "/customers/" + id);
    assertThat(one.path("methods").toString()).contains("totp");
    assertThat(one.path("decision").asText()).isEqualTo("CHALLENGE");
    assertThat(one.path("lastLogin").asLong()).isPositive();
    assertThat(one.path("locked").asBoolean()).isFalse();

    JsonNode page = admin.get(API + "/customers?search=" + customer);
    assertThat(page.path("customers")).hasSize(1);
    JsonNode admins = admin.get(API + "/customers?search=listed-admin");
    assertThat(admins.path("customers")).isEmpty();
  }

  @Test
  void disableAndEnable2fa_changeWhatTheCustomerMeets() {
    String customer = Customers.create(admin, "toggle");
    String id = Customers.id(admin, customer);

    admin.post(API + "/customers/" + id + "/disable-2fa", Map.of());
    assertThat(admin.get(API + "/customers/" + id).path("skipped").asBoolean()).isTrue();
    try (Browser browser = new Browser()) {
      Customers.signIn(browser, base, customer);
      assertThat(Customers.landed(browser, base)).isTrue();
    }

    admin.post(API + "/customers/" + id + "/enable-2fa", Map.of());
    try (Browser browser = new Browser()) {
      assertThat(PortalPages.isMethodChoice(Customers.signIn(browser, base, customer))).isTrue();
    }
  }

  @Test
  void resetPassword_temporary_isReturnedOnce_andMustBeChanged() {
    String customer = Customers.create(admin, "temp");
    String id = Customers.id(admin, customer);

    JsonNode result =
        post(API + "/customers/" + id + "/reset-password", Map.of("passwordMode", "temporary"));

    String temporary = result.path("temporaryPassword").asText();
    assertThat(result.path("ok").asBoolean()).isTrue();
    assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
    admin.post(API + "/customers/" + id + "/disable-2fa", Map.of());
    try (Browser browser = new Browser()) {
      HtmlPage next = Customers.signIn(browser, base, customer, temporary);
      assertThat(PortalPages.template(next)).isEqualTo("login-update-password.ftl");
    }
  }

  @Test
  void resetPassword_byEmail_withoutAnAddress_answersPerCustomer() {
    String noMail = Customers.create(admin, "nomail");
    String id = Customers.id(admin, noMail);
    admin.put(
        "/admin/realms/" + REALM + "/users/" + id,
        Map.of("email", "", "firstName", "It", "lastName", "nomail"));

    JsonNode result = post(API + "/customers/" + id + "/reset-password", Map.of());

    assertThat(result.path("ok").asBoolean()).isFalse();
    assertThat(result.path("error").asText()).isEqualTo("no_email");
  }

  @Test
  void bulk_answersPerCustomer_andEveryChangeIsAnAdminEvent() {
    String first = Customers.id(admin, Customers.create(admin, "bulk"));
    String second = Customers.id(admin, Customers.create(admin, "bulk"));

    JsonNode answer =
        post(
            API + "/customers/bulk",
            Map.of("action", "reset-mfa", "ids", List.of(first, "no-such-id", second)));

    List<String> outcomes = new ArrayList<>();
    answer
        .path("results")
        .forEach(
            r ->
                outcomes.add(
                    r.path("id").asText()
                        + ":"
                        + (r.path("ok").asBoolean() ? "ok" : r.path("error").asText())));
    assertThat(outcomes).containsExactly(first + ":ok", "no-such-id:not_found", second + ":ok");

    List<String> paths = new ArrayList<>();
    admin.adminEvents(REALM).forEach(e -> paths.add(e.path("resourcePath").asText()));
    assertThat(paths)
        .contains("users/" + first + "/jsm2fa/reset-mfa", "users/" + second + "/jsm2fa/reset-mfa");
  }

  @Test
  void dashboard_countsMatchTheCustomerList() {
    String enrolled = Customers.create(admin, "dash");
    try (Browser browser = new Browser()) {
      Customers.enrollTotp(browser, base, enrolled);
    }
    String skipped = Customers.id(admin, Customers.create(admin, "dash"));
    admin.post(API + "/customers/" + skipped + "/disable-2fa", Map.of());

    JsonNode dashboard = admin.get(API + "/dashboard");
    List<JsonNode> all = new ArrayList<>();
    for (int first = 0; ; first += 100) {
      JsonNode page = admin.get(API + "/customers?max=100&first=" + first);
      page.path("customers").forEach(all::add);
      if (page.path("customers").size() < 100) {
        break;
      }
    }

    assertThat(dashboard.path("customers").asInt()).isEqualTo(all.size());
    assertThat(dashboard.path("skipped").asInt())
        .isEqualTo((int) all.stream().filter(c -> c.path("skipped").asBoolean()).count());
    assertThat(dashboard.path("enrolledByMethod").path("totp").asInt())
        .isEqualTo(
            (int) all.stream().filter(c -> c.path("methods").toString().contains("totp")).count());
    assertThat(dashboard.path("enrolled").asInt()).isPositive();
    assertThat(dashboard.path("policyEnabled").asBoolean()).isTrue();
  }

  @Test
  void dashboard_showsTheLastImportAsTheImporterRecordedIt() {
    String email = "imported-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    HttpResponse<String> upload =
        send(
            HttpRequest.newBuilder(base.resolve("/admin/realms/" + REALM + "/jsm2fa-customers/csv"))
                .header("Authorization", "Bearer " + masterToken())
                .header("Content-Type", "text/csv")
                .POST(
                    BodyPublishers.ofString("E-mail,Display name\r\n" + email + ",Imp Orted\r\n")));
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);

    JsonNode last = admin.get(API + "/dashboard").path("lastImports").get(0);

    assertThat(last.path("kind").asText()).isEqualTo("csv");
    assertThat(last.path("added").asInt()).isEqualTo(1);
  }

  /**
   * A token of the management page's client, signed in through the realm's browser flow (the realm
   * refuses password grants). The policy skips this one user's second factor.
   */
  private String tokenFor(String username) {
    PolicyAdmin policy = new PolicyAdmin(admin);
    policy.set("skipCustomers", username);
    try (Browser browser = new Browser()) {
      PkceLogin login =
          PkceLogin.startFor(
              browser, base, REALM, "jsm2fa-management", "/realms/" + REALM + "/jsm2fa-manage/");
      new LoginPage((HtmlPage) browser.currentPage()).signIn(username, Customers.PASSWORD);
      return login.finishWithToken(browser);
    } finally {
      policy.restore();
    }
  }

  private int status(String token, String method, String path, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(API + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    return send(request).statusCode();
  }

  private JsonNode post(String path, Object body) {
    // AdminApi.post answers only a Location; these endpoints answer with a body.
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(base.resolve(path))
              .header("Authorization", "Bearer " + masterToken())
              .header("Content-Type", "application/json")
              .POST(BodyPublishers.ofString(JSON.writeValueAsString(body)));
      HttpResponse<String> response = send(request);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      return read(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The harness's bootstrap admin (its builder's defaults). */
  private String masterToken() {
    String form = "grant_type=password&client_id=admin-cli&username=admin&password=admin";
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(base.resolve("/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form)));
    return read(response.body()).path("access_token").asText();
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HttpClient.newHttpClient().send(request.build(), BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
