package io.github.jsm2fa.it.sso;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jsm2fa.it.support.Browser;
import io.github.jsm2fa.it.support.Customers;
import io.github.jsm2fa.it.support.KeycloakIT;
import io.github.jsm2fa.it.support.LoginPage;
import io.github.jsm2fa.it.support.PkceLogin;
import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.KeycloakServer;
import java.time.Duration;
import java.util.UUID;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * SSO to the portal over SAML with a real service provider: a second realm of the same Keycloak
 * that brokers its sign-in to the portal realm, as Atlassian does.
 */
@KeycloakIT
@Tag("smoke")
class SamlSsoIT {

  private static final String PASSWORD = "Portal-Pass-1";

  private final KeycloakServer server;
  private final AdminApi admin;
  private SamlServiceProviderRealm sp;

  SamlSsoIT(KeycloakServer server, AdminApi admin) {
    this.server = server;
    this.admin = admin;
  }

  @BeforeEach
  void serviceProvider() {
    sp = SamlServiceProviderRealm.ensure(admin, server.baseUrl());
    sp.requestNameIdFormat(SamlServiceProviderRealm.PERSISTENT);
  }

  @Test
  void customerSigningInAtTheSp_passesTheSecondFactorAndTheSpGetsTheEmail() {
    String email = newCustomer();

    try (Browser browser = new Browser()) {
      PkceLogin spLogin = startAtServiceProvider(browser);
      HtmlPage next =
          SecurityQuestionsSteps.chooseSecurityQuestionsIfAsked(
              new LoginPage(current(browser)).signIn(email, PASSWORD));
      assertThat(SecurityQuestionsSteps.isSetupShown(next)).as("second-factor enrollment").isTrue();
      SamlResponsePage response = SamlResponsePage.of(SecurityQuestionsSteps.enroll(next));

      // The realm file took the assertion consumer URL from the environment at import.
      assertThat(response.destination()).isEqualTo(sp.assertionConsumerUrl());
      Duration lifespan =
          Duration.ofSeconds(
              sp.portalClient().path("attributes").path("saml.assertion.lifespan").asLong());
      assertThat(lifespan).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5));
      // Keycloak takes "now" more than once while it builds the response: allow a few seconds.
      assertThat(response.assertionLifetime()).isBetween(lifespan.minusSeconds(10), lifespan);
      assertThat(response.nameIdFormat()).isEqualTo(SamlServiceProviderRealm.EMAIL);
      assertThat(response.nameId()).isEqualTo(email);
      assertThat(response.documentSigned()).isTrue();
      assertThat(response.assertionSigned()).isTrue();
      response.submit();
      spLogin.finish(browser);
    }

    String spUserId = admin.findUserId(SamlServiceProviderRealm.REALM, email).orElseThrow();
    JsonNode links = sp.federatedIdentities(spUserId);
    assertThat(links).hasSize(1);
    assertThat(links.get(0).path("identityProvider").asText())
        .isEqualTo(SamlServiceProviderRealm.IDP_ALIAS);
    assertThat(links.get(0).path("userId").asText()).isEqualTo(email);
  }

  @Test
  void requestForUnspecifiedFormat_stillGetsTheEmailAfterTheSecurityQuestions() {
    String email = newCustomer();
    enrollThroughTheSp(email);
    sp.requestNameIdFormat(SamlServiceProviderRealm.UNSPECIFIED);

    try (Browser browser = new Browser()) {
      startAtServiceProvider(browser);
      HtmlPage next = new LoginPage(current(browser)).signIn(email, PASSWORD);
      assertThat(SecurityQuestionsSteps.isLoginShown(next)).as("second factor asked").isTrue();
      SamlResponsePage response = SamlResponsePage.of(SecurityQuestionsSteps.answer(next));

      assertThat(response.nameIdFormat()).isEqualTo(SamlServiceProviderRealm.EMAIL);
      assertThat(response.nameId()).isEqualTo(email);
    }
  }

  @Test
  void requestWithoutNameIdPolicy_stillGetsTheEmail() {
    String email = newCustomer();
    enrollThroughTheSp(email);

    try (Browser browser = new Browser()) {
      browser.navigate(
          SamlAuthnRequest.withoutNameIdPolicy(sp.entityId(), sp.assertionConsumerUrl())
              .redirectUrl(server.baseUrl()));
      HtmlPage next = new LoginPage(current(browser)).signIn(email, PASSWORD);
      SamlResponsePage response = SamlResponsePage.of(SecurityQuestionsSteps.answer(next));

      assertThat(response.nameIdFormat()).isEqualTo(SamlServiceProviderRealm.EMAIL);
      assertThat(response.nameId()).isEqualTo(email);
    }
  }

  @Test
  void customerWithoutEmail_isRefusedWithTheRealmsErrorPage() {
    String username = "no-email-" + UUID.randomUUID();
    String userId = Customers.createWithoutEmail(admin, username);

    try (Browser browser = new Browser()) {
      startAtServiceProvider(browser);
      // The 2FA policy asks for a method first; the refusal comes before its enrollment.
      HtmlPage page =
          SecurityQuestionsSteps.chooseSecurityQuestionsIfAsked(
              new LoginPage(current(browser)).signIn(username, PASSWORD));

      assertThat(SamlResponsePage.isShown(page)).as("an assertion was sent").isFalse();
      assertThat(page.getWebResponse().getStatusCode()).isEqualTo(403);
      assertThat(page.asNormalizedText())
          .contains("Your account has no e-mail address")
          .doesNotContain("ssoEmailMissing");
    }

    assertThat(admin.findUserId(SamlServiceProviderRealm.REALM, username)).isEmpty();
    JsonNode events = admin.events(SamlServiceProviderRealm.PORTAL_REALM);
    assertThat(events)
        .anySatisfy(
            event -> {
              assertThat(event.path("userId").asText()).isEqualTo(userId);
              assertThat(event.path("error").asText()).isEqualTo("sso_email_missing");
            });
    assertThat(
            admin
                .bruteForceStatus(SamlServiceProviderRealm.PORTAL_REALM, userId)
                .get("numFailures"))
        .isEqualTo(0);
  }

  /** A portal customer with a password and an e-mail, not yet enrolled in a second factor. */
  private String newCustomer() {
    String email = "sso-" + UUID.randomUUID() + "@example.com";
    admin.createUser(SamlServiceProviderRealm.PORTAL_REALM, email, email, "Sam", "Sso", PASSWORD);
    return email;
  }

  private void enrollThroughTheSp(String email) {
    try (Browser browser = new Browser()) {
      PkceLogin spLogin = startAtServiceProvider(browser);
      HtmlPage next =
          SecurityQuestionsSteps.chooseSecurityQuestionsIfAsked(
              new LoginPage(current(browser)).signIn(email, PASSWORD));
      SamlResponsePage.of(SecurityQuestionsSteps.enroll(next)).submit();
      spLogin.finish(browser);
    }
  }

  /** Opens the service provider's sign-in and picks the portal realm as identity provider. */
  private PkceLogin startAtServiceProvider(Browser browser) {
    PkceLogin login = PkceLogin.start(browser, server.baseUrl(), SamlServiceProviderRealm.REALM);
    HtmlPage spPage = current(browser);
    try {
      spPage.getHtmlElementById("social-" + SamlServiceProviderRealm.IDP_ALIAS).click();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return login;
  }

  private static HtmlPage current(Browser browser) {
    return (HtmlPage) browser.currentPage();
  }
}
