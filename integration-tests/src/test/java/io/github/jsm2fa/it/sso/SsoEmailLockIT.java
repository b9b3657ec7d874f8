package io.github.jsm2fa.it.sso;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jsm2fa.it.support.AccountApi;
import io.github.jsm2fa.it.support.Browser;
import io.github.jsm2fa.it.support.Customers;
import io.github.jsm2fa.it.support.KeycloakIT;
import io.github.jsm2fa.it.support.LoginPage;
import io.github.jsm2fa.it.support.PkceLogin;
import io.github.jsm2fa.it.support.PolicyAdmin;
import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.KeycloakServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The e-mail is the customer's NameID at Atlassian, so the portal realm lets only admins and the
 * pack's imports change it: never the customer, through neither the account API nor the
 * update-profile page.
 */
@KeycloakIT
class SsoEmailLockIT {

  private static final String REALM = PolicyAdmin.REALM;
  private static final String MANAGEMENT = "/admin/realms/" + REALM + "/jsm2fa-management";
  private static final String OTHER = "other-customer@example.com";

  private final URI base;
  private final AdminApi admin;

  SsoEmailLockIT(KeycloakServer server, AdminApi admin) {
    this.base = server.baseUrl();
    this.admin = admin;
  }

  @Test
  @Tag("smoke")
  void customer_cannotChangeTheirEmailOrUsernameButCanChangeTheirName() {
    String username = Customers.create(admin, "lock");
    String id = withoutSecondFactor(username);

    try (Browser browser = new Browser()) {
      AccountApi account = AccountApi.signIn(browser, base, REALM, username, Customers.PASSWORD);
      JsonNode profile = account.get("?userProfileMetadata=true");
      assertThat(metadata(profile, "email").path("readOnly").asBoolean()).isTrue();
      assertThat(metadata(profile, "firstName").path("readOnly").asBoolean()).isFalse();

      assertThat(account.updateProfile(profile(profile).put("email", OTHER))).isEqualTo(400);
      assertThat(account.updateProfile(profile(profile).put("username", "renamed-" + username)))
          .isEqualTo(400);
      ObjectNode names = profile(profile).put("firstName", "Renamed").put("lastName", "Customer");
      assertThat(account.updateProfile(names)).isEqualTo(204);
      // Unmanaged attributes stay off: the customer cannot turn the policy back on for itself.
      ObjectNode sneaky = profile(account.get(""));
      sneaky.putObject("attributes").putArray("jsm2faDisabled").add("false");
      account.updateProfile(sneaky);

      JsonNode after = account.get("");
      assertThat(after.path("email").asText()).isEqualTo(username + "@example.com");
      assertThat(after.path("username").asText()).isEqualTo(username);
      assertThat(after.path("firstName").asText()).isEqualTo("Renamed");
      assertThat(after.path("lastName").asText()).isEqualTo("Customer");
    }
    assertThat(admin.get(MANAGEMENT + "/customers/" + id).path("skipped").asBoolean())
        .as("the pack's attribute survives the customer's profile update")
        .isTrue();
  }

  @Test
  void updateProfilePage_ignoresAForgedEmailAndSavesTheName() {
    String username = Customers.create(admin, "page");
    withoutSecondFactor(username);

    try (Browser browser = new Browser()) {
      PkceLogin login =
          PkceLogin.start(browser, base, REALM, Map.of("kc_action", "UPDATE_PROFILE"));
      HtmlPage page =
          new LoginPage((HtmlPage) browser.currentPage()).signIn(username, Customers.PASSWORD);
      assertThat(page.getElementById("kc-update-profile-form"))
          .as(page.asNormalizedText())
          .isNotNull();
      HtmlForm form = page.getHtmlElementById("kc-update-profile-form");
      assertThat(page.getElementById("email"))
          .satisfiesAnyOf(
              email -> assertThat(email).isNull(),
              email -> assertThat(email.hasAttribute("disabled")).isTrue());

      HtmlPage next = forge(form, Map.of("email", OTHER, "firstName", "Paged"));
      // Keycloak may refuse the forged value with the form again; the name then goes alone.
      if (next.getElementById("kc-update-profile-form") != null) {
        next =
            forge(next.getHtmlElementById("kc-update-profile-form"), Map.of("firstName", "Paged"));
      }
      AccountApi account = login.finish(browser);
      JsonNode after = account.get("");
      assertThat(after.path("email").asText()).isEqualTo(username + "@example.com");
      assertThat(after.path("firstName").asText()).isEqualTo("Paged");
    }
  }

  @Test
  void customerWithoutEmail_cannotAddOne() {
    String username = "no-email-" + UUID.randomUUID().toString().substring(0, 8);
    Customers.createWithoutEmail(admin, username);
    withoutSecondFactor(username);

    try (Browser browser = new Browser()) {
      // The sign-in finishes without a page asking for the missing e-mail.
      AccountApi account = AccountApi.signIn(browser, base, REALM, username, Customers.PASSWORD);
      JsonNode profile = account.get("");

      assertThat(account.updateProfile(profile(profile).put("email", OTHER))).isEqualTo(400);
      assertThat(account.get("").has("email")).isFalse();
    }
  }

  @Test
  void admin_changesTheEmail_andTheCustomerSignsInWithIt() {
    String username = Customers.create(admin, "admin-edit");
    String id = withoutSecondFactor(username);
    String changed = "changed-" + username + "@example.com";

    ObjectNode user = (ObjectNode) admin.get("/admin/realms/" + REALM + "/users/" + id);
    user.put("email", changed);
    admin.put("/admin/realms/" + REALM + "/users/" + id, user);

    assertThat(admin.get("/admin/realms/" + REALM + "/users/" + id).path("email").asText())
        .isEqualTo(changed);
    assertThat(admin.get(MANAGEMENT + "/customers/" + id).path("skipped").asBoolean()).isTrue();
    try (Browser browser = new Browser()) {
      AccountApi account = AccountApi.signIn(browser, base, REALM, changed, Customers.PASSWORD);
      assertThat(account.get("").path("email").asText()).isEqualTo(changed);
    }
  }

  @Test
  void csvUpload_changesTheEmailOfTheCustomerItKnowsByJsmId_afterTheCustomersOwnUpdate() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String email = "csv-" + suffix + "@example.com";
    String moved = "moved-" + suffix + "@example.com";
    String jsmId = "acc-" + suffix;
    assertThat(upload(email, jsmId)).isEqualTo("created");
    String id = admin.findUserId(REALM, email).orElseThrow();
    admin.put(
        "/admin/realms/" + REALM + "/users/" + id + "/reset-password",
        Map.of("type", "password", "value", Customers.PASSWORD, "temporary", false));
    withoutSecondFactor(email);

    try (Browser browser = new Browser()) {
      AccountApi account = AccountApi.signIn(browser, base, REALM, email, Customers.PASSWORD);
      assertThat(account.updateProfile(profile(account.get("")).put("lastName", "Own")))
          .isEqualTo(204);
    }

    // Matched by the jsmCustomerId the profile update kept; a lost id would create a customer.
    assertThat(upload(moved, jsmId)).isEqualTo("updated");
    JsonNode user = admin.get("/admin/realms/" + REALM + "/users/" + id);
    assertThat(user.path("email").asText()).isEqualTo(moved);
    assertThat(user.path("username").asText()).isEqualTo(moved);
    assertThat(user.path("lastName").asText()).isEqualTo("Csv");
  }

  /** Turns the 2FA policy off for one customer, as an admin does on the management page. */
  private String withoutSecondFactor(String username) {
    String id = Customers.id(admin, username);
    admin.post(MANAGEMENT + "/customers/" + id + "/disable-2fa", Map.of());
    return id;
  }

  /** Uploads a one-customer CSV to the portal realm; answers the row's outcome. */
  private String upload(String email, String jsmId) {
    String csv = "email,first name,last name,account id\n" + email + ",It," + "Csv," + jsmId + "\n";
    JsonNode report =
        admin.postText("/admin/realms/" + REALM + "/jsm2fa-customers/csv", "text/csv", csv);
    return report.path("rows").get(0).path("outcome").asText();
  }

  /** The fields the account console sends back, without the read-only metadata. */
  private static ObjectNode profile(JsonNode representation) {
    ObjectNode copy = representation.deepCopy();
    copy.remove("userProfileMetadata");
    return copy;
  }

  private static JsonNode metadata(JsonNode profile, String attribute) {
    for (JsonNode entry : profile.path("userProfileMetadata").path("attributes")) {
      if (entry.path("name").asText().equals(attribute)) {
        return entry;
      }
    }
    throw new AssertionError("no metadata for " + attribute + " in " + profile);
  }

  /** Posts the form with some values replaced, as a hand-made request would. */
  private static HtmlPage forge(HtmlForm form, Map<String, String> values) {
    WebRequest request = form.getWebRequest(null);
    List<NameValuePair> params = new ArrayList<>(request.getRequestParameters());
    params.removeIf(p -> values.containsKey(p.getName()));
    values.forEach((name, value) -> params.add(new NameValuePair(name, value)));
    request.setRequestParameters(params);
    try {
      return (HtmlPage) form.getPage().getWebClient().getPage(request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
