package io.github.jsm2fa.it.browser;

import io.github.jsm2fa.it.sso.SamlAuthnRequest;
import io.github.jsm2fa.it.sso.SamlServiceProviderRealm;
import io.github.jsm2fa.it.support.Chromium;
import io.github.jsm2fa.it.support.KeycloakIT;
import io.github.jsm2fa.it.support.PolicyAdmin;
import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.KeycloakServer;
import io.github.jsm2fa.testbed.yubico.YubikeyOtpGenerator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page of the pack in a real browser, in each language of the realm (the sign-in, the 2FA
 * policy's method choice, YubiKey registration and login, security-question enrollment and login,
 * each with its errors, the remember-device question, and the SSO refusal without e-mail): at phone
 * and desktop width a screenshot, an axe-core scan with no serious or critical violation and no
 * sideways scrolling; no raw message key, and the page's heading in the page's language.
 * Screenshots and axe reports stay under {@code integration-tests/target/screenshots} and {@code
 * target/axe}.
 */
@KeycloakIT
class PackPagesChromiumIT {

  private static final String PASSWORD = "Pages-Pass-1";
  private static final Path OUTPUT = Path.of(System.getProperty("jsm2fa.browser.output", "target"));

  private static Chromium chromium;
  private static AxeScan axe;

  @BeforeAll
  static void startChromium() {
    axe = AxeScan.load();
    chromium = Chromium.start();
  }

  @AfterAll
  static void stopChromium() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "de", "fr", "es"})
  void packPages_areAccessibleTranslatedAndFreeOfRawKeys(
      String language, KeycloakServer server, AdminApi admin) {
    SoftAssertions soft = new SoftAssertions();
    PortalPages pages =
        new PortalPages(
            chromium, server.baseUrl(), SamlServiceProviderRealm.PORTAL_REALM, language);
    Properties bundle = MessageBundles.of(language);
    String customer = "pages-" + language + "-" + UUID.randomUUID();
    admin.createUser(
        SamlServiceProviderRealm.PORTAL_REALM,
        customer,
        customer + "@example.com",
        "Page",
        "Check",
        PASSWORD);

    pages.openLogin();
    check(soft, language, "login", null, bundle);
    pages.signIn(customer, PASSWORD, PortalPages.CHOOSE_FORM);
    check(soft, language, "policy-choose-method", "policyChooseTitle", bundle);
    pages.chooseMethod("security-questions", PortalPages.SETUP_FORM);
    check(soft, language, "security-questions-setup", "securityQuestionsSetupTitle", bundle);
    pages.submitEmptySetup();
    check(soft, language, "security-questions-setup-errors", "securityQuestionsSetupTitle", bundle);
    pages.enroll();

    pages.forgetSession();
    pages.openLogin();
    pages.signIn(customer, PASSWORD, PortalPages.LOGIN_FORM);
    check(soft, language, "security-questions-login", "securityQuestionsLoginTitle", bundle);
    pages.answerWrongly();
    check(soft, language, "security-questions-login-errors", "securityQuestionsLoginTitle", bundle);
    PolicyAdmin policy = new PolicyAdmin(admin);
    try {
      // The remember-device page shows only while the policy remembers devices.
      policy.set("rememberDeviceDays", "30");
      pages.answerRightly(bundle, PortalPages.REMEMBER_FORM);
      check(soft, language, "remember-device", "policyRememberTitle", bundle);
    } finally {
      policy.restore();
    }

    SamlServiceProviderRealm sp = SamlServiceProviderRealm.ensure(admin, server.baseUrl());
    String noEmail = "pages-no-email-" + language + "-" + UUID.randomUUID();
    admin.post(
        "/admin/realms/" + SamlServiceProviderRealm.PORTAL_REALM + "/users",
        Map.of(
            "username",
            noEmail,
            "enabled",
            true,
            // The page after sign-in is in the customer's own language.
            "attributes",
            Map.of("locale", List.of(language)),
            "credentials",
            List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))));
    pages.forgetSession();
    pages.open(
        SamlAuthnRequest.withoutNameIdPolicy(sp.entityId(), sp.assertionConsumerUrl())
            .redirectUrl(server.baseUrl()));
    pages.signIn(noEmail, PASSWORD, PortalPages.CHOOSE_FORM);
    pages.chooseMethod("security-questions", PortalPages.ERROR_MESSAGE);
    check(soft, language, "sso-email-missing", null, bundle);
    soft.assertThat(pages.visibleText())
        .as("%s sso-email-missing text", language)
        .contains(bundle.getProperty("ssoEmailMissing"));

    soft.assertAll();
  }

  /**
   * YubiKey registration, which the ready realm's flow does not offer (its method list has no
   * YubiKey step): a realm of this test's own asks for it as a required action after the password.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "de", "fr", "es"})
  void yubikeyRegistration_isAccessibleTranslatedAndFreeOfRawKeys(
      String language, KeycloakServer server, AdminApi admin) {
    SoftAssertions soft = new SoftAssertions();
    Properties bundle = MessageBundles.of(language);
    String realm = YubikeyPagesRealm.ensure(admin);
    String customer = "yubikey-pages-" + language + "-" + UUID.randomUUID();
    String id = admin.createUser(realm, customer, customer + "@example.com", "Yu", "Bi", PASSWORD);
    admin.put(
        "/admin/realms/" + realm + "/users/" + id,
        Map.of("requiredActions", List.of(YubikeyPagesRealm.REGISTER_ACTION)));
    PortalPages pages = new PortalPages(chromium, server.baseUrl(), realm, language);

    pages.forgetSession();
    pages.openLogin();
    pages.signIn(customer, PASSWORD, PortalPages.YUBIKEY_REGISTER_FORM);
    check(soft, language, "yubikey-register", "yubikeyRegisterTitle", bundle);
    pages.submitMalformedYubikeyCode();
    check(soft, language, "yubikey-register-errors", "yubikeyRegisterTitle", bundle);

    soft.assertAll();
  }

  /**
   * The YubiKey step of a customer whose key an admin imported, so no validation server is used.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "de", "fr", "es"})
  void yubikeyLogin_isAccessibleTranslatedAndFreeOfRawKeys(
      String language, KeycloakServer server, AdminApi admin) {
    SoftAssertions soft = new SoftAssertions();
    Properties bundle = MessageBundles.of(language);
    String realm = YubikeyPagesRealm.ensure(admin);
    String customer = "yubikey-login-" + language + "-" + UUID.randomUUID();
    String id = admin.createUser(realm, customer, customer + "@example.com", "Yu", "Bi", PASSWORD);
    YubikeyOtpGenerator key = YubikeyOtpGenerator.random();
    YubikeyPagesRealm.importKey(admin, id, key);
    PortalPages pages = new PortalPages(chromium, server.baseUrl(), realm, language);

    pages.forgetSession();
    pages.openLogin();
    pages.signIn(customer, PASSWORD, PortalPages.YUBIKEY_LOGIN_FORM);
    check(soft, language, "yubikey-login", "yubikeyLoginTitle", bundle);
    pages.submitMalformedYubikeyLogin();
    check(soft, language, "yubikey-login-errors", "yubikeyLoginTitle", bundle);
    soft.assertThat(pages.visibleText())
        .as("%s yubikey-login-errors text", language)
        .contains(bundle.getProperty("yubikeyOtpMalformed"));
    // The page in this state is the one customers use: a code of their key takes them on.
    pages.submitYubikeyCode(key.nextOtp());

    soft.assertAll();
  }

  private static void check(
      SoftAssertions soft, String language, String page, String titleKey, Properties bundle) {
    String name = language + "-" + page;
    PortalPages view = new PortalPages(chromium, null, null, language);

    for (var width :
        List.of(Map.entry("phone", Chromium.PHONE), Map.entry("desktop", Chromium.DESKTOP))) {
      String shot = name + "-" + width.getKey();
      chromium.screenshot(OUTPUT.resolve("screenshots"), shot, width.getValue());
      soft.assertThat(view.overflowingElements())
          .as("elements wider than the window on %s", shot)
          .isEmpty();
      soft.assertThat(axe.blockingViolations(chromium, OUTPUT.resolve("axe"), shot))
          .as("serious or critical axe-core findings on %s", shot)
          .isEmpty();
    }
    soft.assertThat(RawMessageKeys.in(view.visibleText() + "\n" + view.attributeTexts()))
        .as("raw message keys on %s", name)
        .isEmpty();
    soft.assertThat(view.htmlLanguage()).as("lang of %s", name).startsWith(language);
    soft.assertThat(view.usesPackTheme()).as("jsm2fa theme on %s", name).isTrue();
    if (titleKey != null) {
      soft.assertThat(view.heading())
          .as("heading of %s", name)
          .isEqualTo(bundle.getProperty(titleKey));
    }
  }
}
