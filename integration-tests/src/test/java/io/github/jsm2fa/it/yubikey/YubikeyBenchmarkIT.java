package io.github.jsm2fa.it.yubikey;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jsm2fa.it.support.Browser;
import io.github.jsm2fa.it.support.KeycloakIT;
import io.github.jsm2fa.it.support.LoginPage;
import io.github.jsm2fa.it.support.PkceLogin;
import io.github.jsm2fa.it.support.Totp;
import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.KeycloakServer;
import io.github.jsm2fa.testbed.yubico.YubicoValidationServer;
import io.github.jsm2fa.testbed.yubico.YubikeyOtpGenerator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a timed test: prints the server time of the second-factor step (the POST of the code until
 * Keycloak answers, redirects not followed) for the YubiKey step offline, online against the local
 * validation server, and Keycloak's own OTP form, in one run. Run it with {@code
 * -Djsm2fa.benchmark=true -Dit.test=YubikeyBenchmarkIT}.
 */
@KeycloakIT
@Tag("benchmark")
@EnabledIfSystemProperty(named = "jsm2fa.benchmark", matches = "true")
class YubikeyBenchmarkIT {

  static final int WARM_UP = 5;
  static final int ROUNDS = 30;
  // Keycloak's OTP credential holds its secret as plain text; Totp codes it as the setup page does.
  static final String TOTP_SECRET = "benchmark-totp-secret-20b";
  static final byte[] API_KEY = "benchmark-api-key".getBytes(StandardCharsets.UTF_8);

  @Test
  void secondFactorStep_serverTimes(KeycloakServer server, AdminApi admin) throws Exception {
    try (YubicoValidationServer validation = YubicoValidationServer.start(0, "3", API_KEY)) {
      YubikeyTestRealm realm = YubikeyTestRealm.create(admin, "yubikey-benchmark", 0);
      realm.configureOnline(
          List.of(validation.verifyUrl()), "3", Base64.getEncoder().encodeToString(API_KEY), 2000);
      YubikeyCustomers customers = new YubikeyCustomers(realm, server.baseUrl());

      YubikeyOtpGenerator onlineKey = YubikeyOtpGenerator.random();
      validation.register(onlineKey);
      var online = customers.enrolledOnline(onlineKey);
      YubikeyOtpGenerator offlineKey = YubikeyOtpGenerator.random();
      String offlineId = realm.createCustomer(YubikeyCustomers.uniqueName("bench-offline"));
      String offlineName = admin.get(realm.path("/users/" + offlineId)).path("username").asText();
      new KeyImportClient(server.baseUrl())
          .importCsv("admin", "admin", realm.name, offlineId, offlineKey.ykmanCsvLine("1"));
      String totpRealm = totpRealm(admin);

      List<Step> steps =
          List.of(
              new Step("YubiKey offline", realm.name, offlineName, offlineKey::nextOtp),
              new Step(
                  "YubiKey online (local server)",
                  realm.name,
                  online.username(),
                  onlineKey::nextOtp),
              new Step(
                  "Keycloak OTP form (TOTP)", totpRealm, "totp-user", () -> Totp.now(TOTP_SECRET)));
      // Rounds alternate between the steps so that load from elsewhere falls on all of them alike.
      for (int round = 0; round < WARM_UP + ROUNDS; round++) {
        for (Step step : steps) {
          double millis = timeOneLogin(server, step);
          if (round >= WARM_UP) {
            step.millis.add(millis);
          }
        }
      }

      System.out.println(
          "Second-factor step, server time in ms ("
              + ROUNDS
              + " rounds after "
              + WARM_UP
              + " warm-up):");
      System.out.println(
          String.format("%-32s %7s %7s %7s %7s", "step", "min", "median", "p90", "max"));
      steps.forEach(step -> System.out.println(row(step.name, step.millis)));
    }
  }

  /** One second-factor step to time: whose login, and where its codes come from. */
  private record Step(
      String name, String realm, String username, Supplier<String> code, List<Double> millis) {
    Step(String name, String realm, String username, Supplier<String> code) {
      this(name, realm, username, code, new ArrayList<>());
    }
  }

  /** Passes the password page, then times the POST of the code until Keycloak answers. */
  private static double timeOneLogin(KeycloakServer server, Step step) {
    try (Browser browser = new Browser()) {
      PkceLogin.start(browser, server.baseUrl(), step.realm);
      HtmlPage page =
          new LoginPage((HtmlPage) browser.currentPage())
              .signIn(step.username, YubikeyTestRealm.PASSWORD);
      HtmlForm form = page.getForms().get(0);
      form.getInputByName("otp").setValue(step.code.get());
      browser.webClient().getOptions().setRedirectEnabled(false);
      long start = System.nanoTime();
      Page answer = click(form);
      long elapsed = System.nanoTime() - start;
      assertThat(answer.getWebResponse().getStatusCode())
          .as(step.name + " signed in")
          .isEqualTo(302);
      return elapsed / 1e6;
    }
  }

  private static Page click(HtmlForm form) {
    try {
      return form.getOneHtmlElementByAttribute("button", "type", "submit").click();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String row(String name, List<Double> millis) {
    List<Double> sorted = millis.stream().sorted().toList();
    return String.format(
        "%-32s %7.1f %7.1f %7.1f %7.1f",
        name,
        sorted.get(0),
        sorted.get(sorted.size() / 2),
        sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1),
        sorted.get(sorted.size() - 1));
  }

  /** A realm with Keycloak's default browser flow and a customer who has a TOTP credential. */
  private static String totpRealm(AdminApi admin) {
    String realm = "totp-benchmark";
    admin.createRealm(realm);
    // Every round reuses the code of the current 30-second period. Keycloak reads the OTP policy
    // from a realm update only when its type is given too.
    admin.put(
        "/admin/realms/" + realm,
        Map.of(
            "otpPolicyType", "totp",
            "otpPolicyAlgorithm", "HmacSHA1",
            "otpPolicyDigits", 6,
            "otpPolicyPeriod", 30,
            "otpPolicyLookAheadWindow", 1,
            "otpPolicyInitialCounter", 0,
            "otpPolicyCodeReusable", true));
    Map<String, Object> totp =
        Map.of(
            "type",
            "otp",
            "userLabel",
            "phone",
            "secretData",
            "{\"value\":\"" + TOTP_SECRET + "\"}",
            "credentialData",
            "{\"subType\":\"totp\",\"digits\":6,\"counter\":0,\"period\":30,"
                + "\"algorithm\":\"HmacSHA1\"}");
    Map<String, Object> password =
        Map.of("type", "password", "value", YubikeyTestRealm.PASSWORD, "temporary", false);
    admin.post(
        "/admin/realms/" + realm + "/users",
        Map.of(
            "username", "totp-user",
            "email", "totp-user@example.com",
            "firstName", "T",
            "lastName", "U",
            "enabled", true,
            "emailVerified", true,
            "credentials", List.of(password, totp)));
    return realm;
  }
}
