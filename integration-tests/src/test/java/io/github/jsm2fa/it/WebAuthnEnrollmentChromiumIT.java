package io.github.jsm2fa.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jsm2fa.it.support.Chromium;
import io.github.jsm2fa.it.support.Customers;
import io.github.jsm2fa.it.support.KeycloakIT;
import io.github.jsm2fa.it.support.PolicyAdmin;
import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.KeycloakServer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * WebAuthn in a real browser: a customer picks "Security key" on the choice page, registers a
 * virtual authenticator, signs in with it, and a failed attempt counts toward lockout.
 */
@KeycloakIT
class WebAuthnEnrollmentChromiumIT {

  private static final String REALM = PolicyAdmin.REALM;

  private final URI base;
  private final AdminApi admin;

  WebAuthnEnrollmentChromiumIT(KeycloakServer server, AdminApi admin) {
    this.base = server.baseUrl();
    this.admin = admin;
  }

  @Test
  void enrollWithVirtualKey_signInWithIt_failuresCount_lockedOutKeyRefusedUntilUnlocked() {
    String customer = Customers.create(admin, "key");
    String id = Customers.id(admin, customer);

    try (Chromium chromium = Chromium.start()) {
      var driver = chromium.driver();
      ((HasVirtualAuthenticator) driver)
          .addVirtualAuthenticator(
              new VirtualAuthenticatorOptions()
                  .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                  .setTransport(VirtualAuthenticatorOptions.Transport.USB)
                  .setHasUserVerification(true)
                  .setIsUserVerified(true));

      signIn(chromium, customer);
      chromium.waitFor(ExpectedConditions.elementToBeClickable(By.id("method-webauthn"))).click();
      driver.findElement(By.id("jsm2fa-enroll")).click();
      chromium.waitFor(ExpectedConditions.elementToBeClickable(By.id("registerWebAuthn"))).click();
      // Keycloak asks for a label in a prompt.
      Alert label = chromium.waitFor(ExpectedConditions.alertIsPresent());
      label.sendKeys("my key");
      label.accept();
      chromium.waitFor(ExpectedConditions.urlContains("/realms/" + REALM + "/account"));
      assertThat(credentialTypes(id)).contains("webauthn");

      driver.manage().deleteAllCookies();
      signIn(chromium, customer);
      chromium.waitFor(
          ExpectedConditions.elementToBeClickable(By.id("authenticateWebAuthnButton")));
      // Failed ceremonies, as the page reports one when the key refuses.
      failCeremony(chromium);
      assertThat(failures(id)).isEqualTo(1);
      for (int i = 0; i < 4; i++) {
        failCeremony(chromium);
      }
      assertThat(locked(id)).isTrue();

      // Locked out: even the registered key is refused.
      driver.findElement(By.id("authenticateWebAuthnButton")).click();
      chromium.waitFor(
          ExpectedConditions.elementToBeClickable(By.id("authenticateWebAuthnButton")));
      assertThat(driver.getCurrentUrl()).doesNotContain("/realms/" + REALM + "/account");

      admin.post(
          "/admin/realms/" + REALM + "/jsm2fa-management/customers/" + id + "/unlock", Map.of());
      driver.findElement(By.id("authenticateWebAuthnButton")).click();
      chromium.waitFor(ExpectedConditions.urlContains("/realms/" + REALM + "/account"));
    }
  }

  /**
   * Reports a refused ceremony as the page does. Keycloak answers with its error page (taken back
   * with "Try again"), or, once the customer is locked out, with the key page again.
   */
  private static void failCeremony(Chromium chromium) {
    JavascriptExecutor script = (JavascriptExecutor) chromium.driver();
    var before = chromium.driver().findElement(By.tagName("html"));
    script.executeScript(
        "document.getElementById('error').value='NotAllowedError';"
            + "document.getElementById('webauth').requestSubmit();");
    chromium.waitFor(ExpectedConditions.stalenessOf(before));
    chromium.waitFor(
        ExpectedConditions.or(
            ExpectedConditions.presenceOfElementLocated(By.id("kc-error-credential-form")),
            ExpectedConditions.elementToBeClickable(By.id("authenticateWebAuthnButton"))));
    if (!chromium.driver().findElements(By.id("kc-error-credential-form")).isEmpty()) {
      var errorPage = chromium.driver().findElement(By.tagName("html"));
      script.executeScript("refreshPage();");
      chromium.waitFor(ExpectedConditions.stalenessOf(errorPage));
    }
    chromium.waitFor(ExpectedConditions.elementToBeClickable(By.id("authenticateWebAuthnButton")));
  }

  private boolean locked(String id) {
    return Boolean.TRUE.equals(admin.bruteForceStatus(REALM, id).get("disabled"));
  }

  private void signIn(Chromium chromium, String customer) {
    var driver = chromium.driver();
    driver.get(base.resolve("/realms/" + REALM + "/account/").toString());
    chromium.waitFor(ExpectedConditions.elementToBeClickable(By.id("username")));
    driver.findElement(By.id("username")).sendKeys(customer);
    driver.findElement(By.id("password")).sendKeys(Customers.PASSWORD);
    driver.findElement(By.id("kc-login")).click();
  }

  private List<String> credentialTypes(String id) {
    List<String> types = new ArrayList<>();
    admin.userCredentials(REALM, id).forEach(c -> types.add(c.path("type").asText()));
    return types;
  }

  private int failures(String id) {
    Map<String, Object> status = admin.bruteForceStatus(REALM, id);
    return ((Number) status.get("numFailures")).intValue();
  }
}
