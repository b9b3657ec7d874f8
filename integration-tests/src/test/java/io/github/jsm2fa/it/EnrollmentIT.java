package io.github.jsm2fa.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jsm2fa.it.support.Browser;
import io.github.jsm2fa.it.support.Customers;
import io.github.jsm2fa.it.support.KeycloakIT;
import io.github.jsm2fa.it.support.PolicyAdmin;
import io.github.jsm2fa.it.support.PortalPages;
import io.github.jsm2fa.it.support.TotpApp;
import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.KeycloakServer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A customer picks each method on the choice page, enrolls it, and is asked for it next time. */
@KeycloakIT
class EnrollmentIT {

  private static final String REALM = PolicyAdmin.REALM;

  private final URI base;
  private final AdminApi admin;
  private final PolicyAdmin policy;

  EnrollmentIT(KeycloakServer server, AdminApi admin) {
    this.base = server.baseUrl();
    this.admin = admin;
    this.policy = new PolicyAdmin(admin);
  }

  @AfterEach
  void restorePolicy() {
    policy.restore();
  }

  @Test
  void choosingTotp_enrollsIt_landsWhereGoing_thenOtpIsAsked() {
    String customer = Customers.create(admin, "pick-totp");
    TotpApp app;
    try (Browser browser = new Browser()) {
      app = Customers.enrollTotp(browser, base, customer);
      assertThat(Customers.landed(browser, base)).isTrue();
    }
    assertThat(credentialTypes(customer)).contains("otp");

    try (Browser browser = new Browser()) {
      HtmlPage otp = Customers.signIn(browser, base, customer);
      assertThat(PortalPages.isOtpForm(otp)).isTrue();
      PortalPages.submitOtp(otp, app.code());
      assertThat(Customers.landed(browser, base)).isTrue();
    }
  }

  @Test
  void choosingSecurityQuestions_enrollsThem_thenTheyAreAsked() {
    String customer = Customers.create(admin, "pick-questions");
    try (Browser browser = new Browser()) {
      HtmlPage setup =
          PortalPages.chooseMethod(Customers.signIn(browser, base, customer), "security-questions");
      assertThat(PortalPages.template(setup)).isEqualTo("jsm2fa-security-questions-setup.ftl");
      answerSetup(setup);
      assertThat(Customers.landed(browser, base)).isTrue();
    }
    assertThat(credentialTypes(customer)).contains("jsm2fa-security-questions");

    try (Browser browser = new Browser()) {
      HtmlPage login = Customers.signIn(browser, base, customer);
      assertThat(PortalPages.template(login)).isEqualTo("jsm2fa-security-questions-login.ftl");
    }
  }

  @Test
  void choosingRecoveryCodes_enrollsThem_thenACodeIsAsked() {
    String customer = Customers.create(admin, "pick-codes");
    List<String> codes;
    try (Browser browser = new Browser()) {
      HtmlPage setup =
          PortalPages.chooseMethod(Customers.signIn(browser, base, customer), "recovery-codes");
      codes = PortalPages.enrollRecoveryCodes(setup);
      assertThat(Customers.landed(browser, base)).isTrue();
    }

    try (Browser browser = new Browser()) {
      HtmlPage login = Customers.signIn(browser, base, customer);
      assertThat(PortalPages.isRecoveryCodeForm(login)).isTrue();
      PortalPages.submitRecoveryCode(login, codes);
      assertThat(Customers.landed(browser, base)).isTrue();
    }
  }

  @Test
  void choosingWebauthn_startsKeycloaksRegistration() {
    String customer = Customers.create(admin, "pick-key");
    try (Browser browser = new Browser()) {
      HtmlPage setup =
          PortalPages.chooseMethod(Customers.signIn(browser, base, customer), "webauthn");
      assertThat(setup.getElementById("registerWebAuthn")).isNotNull();
    }
  }

  @Test
  void tryAnotherWay_offersTheOtherEnrolledMethods_recoveryCodesOnlyWhenTheyStandIn() {
    String customer = Customers.create(admin, "two-methods");
    TotpApp app;
    try (Browser browser = new Browser()) {
      app = Customers.enrollTotp(browser, base, customer);
    }
    // The customer adds recovery codes through Keycloak's own required action.
    String id = Customers.id(admin, customer);
    admin.put(
        "/admin/realms/" + REALM + "/users/" + id,
        Map.of("requiredActions", List.of("CONFIGURE_RECOVERY_AUTHN_CODES")));
    try (Browser browser = new Browser()) {
      HtmlPage next = PortalPages.submitOtp(Customers.signIn(browser, base, customer), app.code());
      PortalPages.enrollRecoveryCodes(next);
    }

    try (Browser browser = new Browser()) {
      HtmlPage otp = Customers.signIn(browser, base, customer);
      assertThat(PortalPages.offersTryAnotherWay(otp)).isTrue();
      HtmlPage choices = PortalPages.tryAnotherWay(otp);
      assertThat(PortalPages.selectOptions(choices)).hasSize(2);
      HtmlPage recovery = PortalPages.selectOption(choices, 1);
      assertThat(PortalPages.isRecoveryCodeForm(recovery)).isTrue();
    }

    policy.set("recoveryCodesStandIn", "false");
    try (Browser browser = new Browser()) {
      HtmlPage otp = Customers.signIn(browser, base, customer);
      assertThat(PortalPages.isOtpForm(otp)).isTrue();
      assertThat(PortalPages.offersTryAnotherWay(otp)).isFalse();
    }
  }

  @Test
  void wrongOtps_lockTheCustomerOut_evenTheRightCodeIsRefused_untilAnAdminUnlocks() {
    String customer = Customers.create(admin, "lock-otp");
    TotpApp app;
    try (Browser browser = new Browser()) {
      app = Customers.enrollTotp(browser, base, customer);
    }
    String id = Customers.id(admin, customer);

    try (Browser browser = new Browser()) {
      HtmlPage page = Customers.signIn(browser, base, customer);
      for (int i = 0; i < 5 && PortalPages.isOtpForm(page); i++) {
        page = PortalPages.submitOtp(page, app.wrongCode());
      }
    }
    assertThat(locked(id)).isTrue();
    assertThat(failures(id)).isGreaterThanOrEqualTo(1);

    admin.post(
        "/admin/realms/" + REALM + "/jsm2fa-management/customers/" + id + "/unlock", Map.of());
    assertThat(locked(id)).isFalse();
    try (Browser browser = new Browser()) {
      PortalPages.submitOtp(Customers.signIn(browser, base, customer), app.code());
      assertThat(Customers.landed(browser, base)).isTrue();
    }
  }

  @Test
  void wrongSecurityAnswers_countTowardLockout() {
    String customer = Customers.create(admin, "lock-questions");
    try (Browser browser = new Browser()) {
      answerSetup(
          PortalPages.chooseMethod(
              Customers.signIn(browser, base, customer), "security-questions"));
    }
    String id = Customers.id(admin, customer);

    try (Browser browser = new Browser()) {
      HtmlPage page = Customers.signIn(browser, base, customer);
      HtmlForm form = (HtmlForm) page.getElementById("jsm2fa-security-questions-login-form");
      form.getInputByName("answer-0").setValue("wrong");
      form.getInputByName("answer-1").setValue("wrong");
      PortalPages.submit(form);
    }

    assertThat(failures(id)).isGreaterThanOrEqualTo(1);
    admin.post(
        "/admin/realms/" + REALM + "/jsm2fa-management/customers/" + id + "/unlock", Map.of());
    assertThat(failures(id)).isZero();
  }

  /** Picks the first questions of the catalogue and answers each with its own id. */
  static void answerSetup(HtmlPage setup) {
    HtmlForm form =
        setup.getForms().stream()
            .filter(f -> f.getSelectsByName("question-0").size() == 1)
            .findFirst()
            .orElseThrow();
    List<String> ids = new ArrayList<>();
    for (int i = 0; form.getSelectsByName("question-" + i).size() == 1; i++) {
      HtmlSelect select = form.getSelectByName("question-" + i);
      String id = select.getOption(i + 1).getValueAttribute();
      select.setSelectedAttribute(id, true);
      form.getInputByName("answer-" + i).setValue("answer " + id);
      ids.add(id);
    }
    PortalPages.submit(form);
  }

  private List<String> credentialTypes(String customer) {
    List<String> types = new ArrayList<>();
    admin
        .userCredentials(REALM, Customers.id(admin, customer))
        .forEach(c -> types.add(c.path("type").asText()));
    return types;
  }

  private boolean locked(String id) {
    return Boolean.TRUE.equals(admin.bruteForceStatus(REALM, id).get("disabled"));
  }

  private int failures(String id) {
    return ((Number) admin.bruteForceStatus(REALM, id).get("numFailures")).intValue();
  }
}
