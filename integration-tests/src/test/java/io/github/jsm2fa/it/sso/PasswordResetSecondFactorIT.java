package io.github.jsm2fa.it.sso;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jsm2fa.it.support.Browser;
import io.github.jsm2fa.it.support.Customers;
import io.github.jsm2fa.it.support.KeycloakIT;
import io.github.jsm2fa.it.support.PkceLogin;
import io.github.jsm2fa.it.support.SmtpSink;
import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.KeycloakServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Forgot password" in the ready realm: whoever holds the customer's mailbox still needs the
 * customer's second factor before the password changes, so the reset link never signs anyone in
 * (and never gets an assertion for the portal) on the e-mail alone.
 */
@KeycloakIT
class PasswordResetSecondFactorIT {

  private static final String REALM = SamlServiceProviderRealm.PORTAL_REALM;
  private static final Pattern RESET_LINK =
      Pattern.compile("https?://[^\\s\"<>]+/login-actions/action-token\\?key=[^\\s\"<>]+");

  private static SmtpSink mail;

  @BeforeAll
  static void mailServer(AdminApi admin) {
    mail = new SmtpSink();
    admin.put(
        "/admin/realms/" + REALM,
        Map.of(
            "smtpServer",
            Map.of(
                "host", "127.0.0.1",
                "port", String.valueOf(mail.port()),
                "from", "service-desk@example.com")));
  }

  @AfterAll
  static void stopMailServer(AdminApi admin) {
    admin.put("/admin/realms/" + REALM, Map.of("smtpServer", Map.of()));
    mail.close();
  }

  @Test
  void resetLink_asksTheSecurityQuestionsBeforeTheNewPassword(KeycloakServer server, AdminApi admin)
      throws IOException {
    URI base = server.baseUrl();
    String customer = Customers.create(admin, "reset");
    try (Browser browser = new Browser()) {
      HtmlPage next =
          SecurityQuestionsSteps.chooseSecurityQuestionsIfAsked(
              Customers.signIn(browser, base, customer));
      SecurityQuestionsSteps.enroll(next);
    }

    try (Browser browser = new Browser()) {
      PkceLogin.start(browser, base, REALM);
      HtmlAnchor forgotLink =
          ((HtmlPage) browser.currentPage())
              .getFirstByXPath("//a[contains(@href,'login-actions/reset-credentials')]");
      assertThat(forgotLink).as("the sign-in page links to the password reset").isNotNull();
      HtmlPage forgot = forgotLink.click();
      ((HtmlTextInput) forgot.getElementById("username")).setValue(customer);
      ((HtmlElement) forgot.querySelector("[type=submit]")).click();

      HtmlPage fromLink = (HtmlPage) browser.navigate(resetLink(mail.next(Duration.ofSeconds(30))));

      assertThat(SecurityQuestionsSteps.isLoginShown(fromLink))
          .as("the second factor is asked first: %s", fromLink.asNormalizedText())
          .isTrue();
      assertThat(fromLink.getElementById("password-new")).isNull();
      HtmlPage answered = SecurityQuestionsSteps.answer(fromLink);
      assertThat(answered.getElementById("password-new"))
          .as("the new password is asked after the second factor: %s", answered.asNormalizedText())
          .isNotNull();
    }
  }

  /** The action-token link of a reset e-mail, its quoted-printable encoding undone. */
  private static URI resetLink(String message) {
    String text = message.replace("=\n", "").replace("=3D", "=").replace("&amp;", "&");
    Matcher link = RESET_LINK.matcher(text);
    if (!link.find()) {
      throw new UncheckedIOException(new IOException("No reset link in the e-mail"));
    }
    return URI.create(link.group());
  }
}
