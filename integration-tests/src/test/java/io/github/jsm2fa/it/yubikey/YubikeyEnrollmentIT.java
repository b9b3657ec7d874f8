package io.github.jsm2fa.it.yubikey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jsm2fa.it.support.AccountApi;
import io.github.jsm2fa.it.support.Browser;
import io.github.jsm2fa.it.support.KeycloakIT;
import io.github.jsm2fa.it.support.PkceLogin;
import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.KeycloakServer;
import io.github.jsm2fa.testbed.yubico.YubicoValidationServer;
import io.github.jsm2fa.testbed.yubico.YubikeyOtpGenerator;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Enrollment of a YubiKey by a touch, and its management in the account console. */
@KeycloakIT
@Tag("smoke")
class YubikeyEnrollmentIT {

  static final byte[] API_KEY = "enrollment-it-api-key".getBytes(StandardCharsets.UTF_8);

  static YubicoValidationServer validation;
  static YubikeyTestRealm realm;
  static YubikeyCustomers customers;

  @BeforeAll
  static void setUp(KeycloakServer server, AdminApi admin) throws Exception {
    validation = YubicoValidationServer.start(0, "11", API_KEY);
    realm = YubikeyTestRealm.create(admin, "yubikey-enrollment", 5);
    realm.configureOnline(
        List.of(validation.verifyUrl()), "11", Base64.getEncoder().encodeToString(API_KEY), 2000);
    customers = new YubikeyCustomers(realm, server.baseUrl());
  }

  @AfterAll
  static void stop() {
    validation.close();
  }

  @Test
  void touch_enrollsTheKey_withItsLabel_andTheAccountConsoleListsAndRemovesIt() {
    YubikeyOtpGenerator key = registered();
    String username = YubikeyCustomers.uniqueName("enroll");
    String userId = realm.createCustomer(username, YubikeyTestRealm.ACTION);

    try (Browser browser = new Browser()) {
      PkceLogin login =
          YubikeyPages.signInWithPassword(browser, customers.baseUrl, realm.name, username);
      var register = new YubikeyPages.RegisterStep(YubikeyPages.current(browser));
      HtmlPage noLabel = register.register("", key.nextOtp());
      assertThat(new YubikeyPages.RegisterStep(noLabel).fieldError("label"))
          .startsWith(Messages.LABEL);
      HtmlPage malformed = new YubikeyPages.RegisterStep(noLabel).register("Blue key", "hunter2");
      assertThat(new YubikeyPages.RegisterStep(malformed).fieldError("otp"))
          .startsWith(Messages.MALFORMED);
      HtmlPage unknown =
          new YubikeyPages.RegisterStep(malformed)
              .register("Blue key", YubikeyOtpGenerator.random().nextOtp());
      assertThat(new YubikeyPages.RegisterStep(unknown).fieldError("otp"))
          .startsWith(Messages.INVALID);

      new YubikeyPages.RegisterStep(unknown).register("Blue key", key.nextOtp());
      AccountApi account = login.finish(browser);

      List<String> keys = account.credentialIds(YubikeyTestRealm.CREDENTIAL_TYPE);
      assertThat(keys).hasSize(1);
      JsonNode stored = yubikeyCredentials(userId).get(0);
      assertThat(stored.path("userLabel").asText()).isEqualTo("Blue key");
      assertThat(stored.path("credentialData").asText()).contains(key.publicId());

      account.deleteCredential(keys.get(0));
      assertThat(account.credentialIds(YubikeyTestRealm.CREDENTIAL_TYPE)).isEmpty();
    }
  }

  @Test
  void keyOfAnotherCustomer_cannotBeEnrolledAgain() {
    YubikeyOtpGenerator key = registered();
    customers.enrolledOnline(key);
    String username = YubikeyCustomers.uniqueName("second");
    String userId = realm.createCustomer(username, YubikeyTestRealm.ACTION);

    try (Browser browser = new Browser()) {
      YubikeyPages.signInWithPassword(browser, customers.baseUrl, realm.name, username);
      HtmlPage page =
          new YubikeyPages.RegisterStep(YubikeyPages.current(browser))
              .register("Borrowed key", key.nextOtp());

      assertThat(new YubikeyPages.RegisterStep(page).fieldError("otp")).startsWith(Messages.TAKEN);
    }
    assertThat(yubikeyCredentials(userId)).isEmpty();
  }

  @Test
  void enrolledCustomer_signsInWithTheKey() {
    YubikeyOtpGenerator key = registered();
    YubikeyCustomers.Customer customer = customers.enrolledOnline(key);

    assertThat(customers.signsIn(customer, key.nextOtp())).isTrue();
  }

  private static YubikeyOtpGenerator registered() {
    YubikeyOtpGenerator key = YubikeyOtpGenerator.random();
    validation.register(key);
    return key;
  }

  private static List<JsonNode> yubikeyCredentials(String userId) {
    List<JsonNode> found = new java.util.ArrayList<>();
    realm
        .admin
        .userCredentials(realm.name, userId)
        .forEach(
            c -> {
              if (YubikeyTestRealm.CREDENTIAL_TYPE.equals(c.path("type").asText())) {
                found.add(c);
              }
            });
    return found;
  }
}
