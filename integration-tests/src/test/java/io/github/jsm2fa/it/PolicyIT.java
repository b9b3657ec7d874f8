package io.github.jsm2fa.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jsm2fa.it.support.Browser;
import io.github.jsm2fa.it.support.Customers;
import io.github.jsm2fa.it.support.KeycloakIT;
import io.github.jsm2fa.it.support.PolicyAdmin;
import io.github.jsm2fa.it.support.PortalPages;
import io.github.jsm2fa.it.support.TotpApp;
import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.KeycloakServer;
import io.github.jsm2fa.testbed.RestClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The 2FA policy as an admin sets it in the admin console, seen through the login pages. */
@KeycloakIT
class PolicyIT {

  private static final String REALM = PolicyAdmin.REALM;

  private final URI base;
  private final AdminApi admin;
  private final PolicyAdmin policy;

  PolicyIT(KeycloakServer server, AdminApi admin) {
    this.base = server.baseUrl();
    this.admin = admin;
    this.policy = new PolicyAdmin(admin);
  }

  @AfterEach
  void restorePolicy() {
    policy.restore();
  }

  @Test
  void passwordGrant_isRefused_soNoTokenSkipsTheSecondFactor() throws Exception {
    String customer = Customers.create(admin, "grant");
    // Keycloak gives every realm a public admin-cli client that allows password grants.
    String form =
        "grant_type=password&client_id=admin-cli&username="
            + RestClient.encode(customer)
            + "&password="
            + RestClient.encode(Customers.PASSWORD);
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/realms/" + REALM + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();

    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).doesNotContain("access_token");
  }

  @Test
  void shippedRealm_policyOn_everyMethodWithAStepIsOffered_graceZero() {
    String customer = Customers.create(admin, "new");

    try (Browser browser = new Browser()) {
      HtmlPage page = Customers.signIn(browser, base, customer);

      assertThat(PortalPages.isMethodChoice(page)).isTrue();
      assertThat(PortalPages.offeredMethods(page))
          .containsExactlyInAnyOrder("totp", "webauthn", "security-questions", "recovery-codes");
      assertThat(page.getElementById("jsm2fa-later")).isNull();
    }
  }

  @Test
  void yubikey_isOfferedOnceItsEnrollmentActionIsEnabled() {
    String action =
        "/admin/realms/" + REALM + "/authentication/required-actions/jsm2fa-yubikey-register";
    JsonNode registered = admin.get(action);
    String customer = Customers.create(admin, "yubikey");
    try {
      ((ObjectNode) registered).put("enabled", true);
      admin.put(action, registered);

      try (Browser browser = new Browser()) {
        assertThat(PortalPages.offeredMethods(Customers.signIn(browser, base, customer)))
            .contains("yubikey");
      }
    } finally {
      ((ObjectNode) registered).put("enabled", false);
      admin.put(action, registered);
    }
  }

  @Test
  void policyOff_passwordAlone_thenOn_existingCustomerMustEnroll() {
    String customer = Customers.create(admin, "existing");
    policy.set("enabled", "false");

    try (Browser browser = new Browser()) {
      Customers.signIn(browser, base, customer);
      assertThat(Customers.landed(browser, base)).isTrue();
    }

    policy.set("enabled", "true");
    try (Browser browser = new Browser()) {
      assertThat(PortalPages.isMethodChoice(Customers.signIn(browser, base, customer))).isTrue();
    }
  }

  @Test
  void policyChange_isAnAdminEventOnThePolicyConfig() {
    policy.set("graceLogins", "1");

    JsonNode newest = admin.adminEvents(REALM).get(0);
    assertThat(newest.path("operationType").asText()).isEqualTo("UPDATE");
    assertThat(newest.path("resourcePath").asText())
        .isEqualTo("authentication/config/" + policy.configId());
  }

  @Test
  void notEnforced_customerWithoutMethodPasses_enrolledCustomerIsAsked() throws Exception {
    String enrolled = Customers.create(admin, "enrolled");
    TotpApp app;
    try (Browser browser = new Browser()) {
      app = Customers.enrollTotp(browser, base, enrolled);
    }
    policy.set("enforced", "false");
    String newcomer = Customers.create(admin, "newcomer");

    try (Browser browser = new Browser()) {
      Customers.signIn(browser, base, newcomer);
      assertThat(Customers.landed(browser, base)).isTrue();
    }
    try (Browser browser = new Browser()) {
      HtmlPage page = Customers.signIn(browser, base, enrolled);
      assertThat(PortalPages.isOtpForm(page)).isTrue();
      PortalPages.submitOtp(page, app.code());
    }
  }

  @Test
  void disallowedMethod_isNeitherAskedNorOffered() {
    String customer = Customers.create(admin, "totp-only");
    try (Browser browser = new Browser()) {
      Customers.enrollTotp(browser, base, customer);
    }
    policy.set("allowedMethods", "webauthn##security-questions");

    try (Browser browser = new Browser()) {
      HtmlPage page = Customers.signIn(browser, base, customer);

      assertThat(PortalPages.isOtpForm(page)).isFalse();
      assertThat(PortalPages.offeredMethods(page))
          .containsExactlyInAnyOrder("webauthn", "security-questions");
    }
  }

  @Test
  void skippedByUsername_passesWithPasswordAlone() {
    String customer = Customers.create(admin, "listed");
    policy.set("skipCustomers", customer.toUpperCase());

    try (Browser browser = new Browser()) {
      Customers.signIn(browser, base, customer);
      assertThat(Customers.landed(browser, base)).isTrue();
    }
  }

  @Test
  void skippedByNestedGroup_thenSkipLifted_mayNotSelfEnrollUntilAnAdminAllows() {
    String customer = Customers.create(admin, "partner");
    String parent = "it-partners-" + customer.substring(customer.length() - 8);
    String parentId = admin.post("/admin/realms/" + REALM + "/groups", Map.of("name", parent));
    String childId =
        admin.post(
            "/admin/realms/" + REALM + "/groups/" + parentId + "/children", Map.of("name", "vip"));
    String id = Customers.id(admin, customer);
    admin.put("/admin/realms/" + REALM + "/users/" + id + "/groups/" + childId, Map.of());
    policy.set("skipGroups", "/" + parent);

    try (Browser browser = new Browser()) {
      Customers.signIn(browser, base, customer);
      assertThat(Customers.landed(browser, base)).isTrue();
    }

    policy.set("skipGroups", "");
    try (Browser browser = new Browser()) {
      HtmlPage page = Customers.signIn(browser, base, customer);
      assertThat(PortalPages.isMethodChoice(page)).isFalse();
      assertThat(page.asNormalizedText()).contains("service desk must allow you");
      assertThat(page.getWebResponse().getStatusCode()).isEqualTo(403);
    }

    admin.post(
        "/admin/realms/" + REALM + "/jsm2fa-management/customers/" + id + "/enable-2fa", Map.of());
    try (Browser browser = new Browser()) {
      assertThat(PortalPages.isMethodChoice(Customers.signIn(browser, base, customer))).isTrue();
    }
  }

  @Test
  void graceLogins_countDownShownToTheCustomer_thenEnd() {
    String customer = Customers.create(admin, "grace");
    policy.set("graceLogins", "2");

    for (String expected : List.of("2 more", "1 more")) {
      try (Browser browser = new Browser()) {
        HtmlPage page = Customers.signIn(browser, base, customer);
        assertThat(PortalPages.graceText(page)).contains(expected);
        PortalPages.postpone(page);
        assertThat(Customers.landed(browser, base)).isTrue();
      }
    }
    try (Browser browser = new Browser()) {
      HtmlPage page = Customers.signIn(browser, base, customer);
      assertThat(PortalPages.isMethodChoice(page)).isTrue();
      assertThat(page.getElementById("jsm2fa-later")).isNull();
    }
  }

  @Test
  void graceUntilDate_todayMayPostpone_yesterdayEnded() {
    String customer = Customers.create(admin, "grace-date");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    policy.set("graceUntil", today.toString());

    try (Browser browser = new Browser()) {
      HtmlPage page = Customers.signIn(browser, base, customer);
      assertThat(PortalPages.graceText(page)).contains(today.toString());
    }
    policy.set("graceUntil", today.minusDays(1).toString());
    try (Browser browser = new Browser()) {
      assertThat(Customers.signIn(browser, base, customer).getElementById("jsm2fa-later")).isNull();
    }
  }

  @Test
  void rememberedDevice_isHonoured_thenRevokedByResetMfaAndByANewPassword() {
    String customer = Customers.create(admin, "remember");
    String id = Customers.id(admin, customer);
    TotpApp app;
    try (Browser browser = new Browser()) {
      app = Customers.enrollTotp(browser, base, customer);
    }
    policy.set("rememberDeviceDays", "30");

    Cookie remembered;
    try (Browser browser = new Browser()) {
      HtmlPage otp = Customers.signIn(browser, base, customer);
      HtmlPage question = PortalPages.submitOtp(otp, app.code());
      assertThat(PortalPages.isRememberDevice(question)).isTrue();
      PortalPages.rememberDevice(question, true);
      remembered = browser.webClient().getCookieManager().getCookie("JSM2FA_REMEMBER_DEVICE");
    }
    assertThat(remembered).isNotNull();

    try (Browser device = withCookie(remembered)) {
      Customers.signIn(device, base, customer);
      assertThat(Customers.landed(device, base)).isTrue();
    }

    // A new password revokes the device.
    admin.put(
        "/admin/realms/" + REALM + "/users/" + id + "/reset-password",
        Map.of("type", "password", "value", "Portal-Pass-2", "temporary", false));
    try (Browser device = withCookie(remembered)) {
      HtmlPage page = Customers.signIn(device, base, customer, "Portal-Pass-2");
      assertThat(PortalPages.isOtpForm(page)).isTrue();
      HtmlPage question = PortalPages.submitOtp(page, app.code());
      remembered = rememberAgain(device, question);
    }

    admin.post(
        "/admin/realms/" + REALM + "/jsm2fa-management/customers/" + id + "/reset-mfa", Map.of());
    try (Browser device = withCookie(remembered)) {
      HtmlPage page = Customers.signIn(device, base, customer, "Portal-Pass-2");
      assertThat(PortalPages.isMethodChoice(page)).isTrue();
    }
  }

  private static Cookie rememberAgain(Browser device, HtmlPage question) {
    assertThat(PortalPages.isRememberDevice(question)).isTrue();
    PortalPages.rememberDevice(question, true);
    return device.webClient().getCookieManager().getCookie("JSM2FA_REMEMBER_DEVICE");
  }

  private static Browser withCookie(Cookie cookie) {
    Browser browser = new Browser();
    browser.webClient().getCookieManager().addCookie(cookie);
    return browser;
  }
}
