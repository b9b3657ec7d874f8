package io.github.jsm2fa.it.yubikey;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jsm2fa.it.support.Browser;
import io.github.jsm2fa.it.support.KeycloakIT;
import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.KeycloakServer;
import io.github.jsm2fa.testbed.yubico.ValidationFault;
import io.github.jsm2fa.testbed.yubico.YubicoValidationServer;
import io.github.jsm2fa.testbed.yubico.YubikeyOtpGenerator;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Login with a YubiKey validated online by local protocol-2.0 servers. */
@KeycloakIT
class YubikeyOnlineLoginIT {

  static final String CLIENT_ID = "7";
  static final byte[] API_KEY = "online-it-api-key".getBytes(StandardCharsets.UTF_8);
  static final int FAILURE_FACTOR = 3;

  static YubicoValidationServer primary;
  static YubicoValidationServer secondary;
  static YubikeyTestRealm realm;
  static YubikeyCustomers customers;

  YubikeyOtpGenerator key;
  YubikeyCustomers.Customer customer;

  @BeforeAll
  static void startServers(KeycloakServer server, AdminApi admin) throws Exception {
    primary = YubicoValidationServer.start(0, CLIENT_ID, API_KEY);
    secondary = YubicoValidationServer.start(0, CLIENT_ID, API_KEY);
    realm = YubikeyTestRealm.create(admin, "yubikey-online", FAILURE_FACTOR);
    useServers(primary.verifyUrl());
    customers = new YubikeyCustomers(realm, server.baseUrl());
  }

  @AfterAll
  static void stopServers() {
    primary.close();
    secondary.close();
  }

  @BeforeEach
  void enrolledCustomer() {
    key = YubikeyOtpGenerator.random();
    primary.register(key);
    secondary.register(key);
    customer = customers.enrolledOnline(key);
  }

  @AfterEach
  void healServers() {
    primary.fault(ValidationFault.NONE);
    secondary.fault(ValidationFault.NONE);
    useServers(primary.verifyUrl());
  }

  static void useServers(URI... servers) {
    realm.configureOnline(
        List.of(servers), CLIENT_ID, Base64.getEncoder().encodeToString(API_KEY), 1500);
  }

  @Test
  void stepPage_asksForTheCodeInATextFieldMeantForOneTimeCodes() {
    try (Browser browser = new Browser()) {
      YubikeyPages.signInWithPassword(browser, customers.baseUrl, realm.name, customer.username());
      var step = new YubikeyPages.LoginStep(YubikeyPages.current(browser));

      assertThat(step.otpInput().getAttribute("autocomplete")).isEqualTo("one-time-code");
      assertThat(step.otpInput().getAttribute("inputmode")).isEqualTo("text");
      assertThat(step.htmlPage().getByXPath("//label[@for='otp']")).hasSize(1);
    }
  }

  @Test
  void touch_signsIn_evenTypedUnderDvorak_withALineEnding() {
    String dvorak = toDvorak(key.nextOtp()) + "\r\n";

    assertThat(customers.signsIn(customer, dvorak)).isTrue();
  }

  @Test
  void replayedOtp_isRefused_andCounted() {
    String otp = key.nextOtp();
    assertThat(customers.signsIn(customer, otp)).isTrue();

    try (Browser browser = new Browser()) {
      var step = customers.submit(browser, customer, otp);

      assertThat(step).isNotNull();
      assertThat(step.otpError()).startsWith(Messages.REPLAYED);
    }
    customers.awaitFailures(customer, 1);
  }

  @Test
  void otpOfTheKeyFromAnotherSecret_isBadOtp_andCounted() {
    YubikeyOtpGenerator forged =
        new YubikeyOtpGenerator(
            key.publicId(), key.privateIdHex(), "0123456789abcdef0123456789abcdef", 1);

    try (Browser browser = new Browser()) {
      var step = customers.submit(browser, customer, forged.nextOtp());

      assertThat(step.otpError()).startsWith(Messages.INVALID);
    }
    customers.awaitFailures(customer, 1);
  }

  @Test
  void keyOfSomeoneElse_isNotRegistered_andCounted() {
    try (Browser browser = new Browser()) {
      var step = customers.submit(browser, customer, YubikeyOtpGenerator.random().nextOtp());

      assertThat(step.otpError()).startsWith(Messages.NOT_REGISTERED);
    }
    customers.awaitFailures(customer, 1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"prefixed", "twice", "id16", "noid", "junk"})
  void malformedInput_isRefusedLocally_withoutAsking_andCounted(String shape) {
    String otp = key.nextOtp();
    String input =
        switch (shape) {
          case "prefixed" -> "hunter2" + otp;
          case "twice" -> otp + otp;
          case "id16" -> "cccc" + otp;
          case "noid" -> otp.substring(12);
          default -> "123456";
        };
    int asked = primary.requestCount();

    try (Browser browser = new Browser()) {
      var step = customers.submit(browser, customer, input);

      assertThat(step.otpError()).startsWith(Messages.MALFORMED);
    }
    assertThat(primary.requestCount()).isEqualTo(asked);
    customers.awaitFailures(customer, 1);
    assertThat(customers.signsIn(customer, otp)).as("the OTP itself stays unused").isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "SLOW",
        "EMPTY_KEY_BACKEND_ERROR",
        "BAD_SIGNATURE",
        "EMPTY_200",
        "BACKEND_ERROR",
        "NO_SUCH_CLIENT",
        "MISSING_PARAMETER",
        "OPERATION_NOT_ALLOWED",
        "BAD_SIGNATURE_STATUS",
        "NOT_ENOUGH_ANSWERS",
        "REPLAYED_REQUEST",
        "UNREACHABLE"
      })
  void serviceProblem_showsTemporarilyUnavailable_andChargesNothing(String problem) {
    Function<String, Runnable> apply =
        p ->
            switch (p) {
              case "SLOW" -> () -> primary.slowBy(Duration.ofSeconds(4));
              case "EMPTY_KEY_BACKEND_ERROR", "BAD_SIGNATURE", "EMPTY_200" ->
                  () -> primary.fault(ValidationFault.valueOf(p));
              case "BAD_SIGNATURE_STATUS" -> () -> primary.forceStatus("BAD_SIGNATURE");
              case "UNREACHABLE" -> () -> useServers(URI.create("http://127.0.0.1:9/verify"));
              default -> () -> primary.forceStatus(p);
            };
    apply.apply(problem).run();

    try (Browser browser = new Browser()) {
      var step = customers.submit(browser, customer, key.nextOtp());

      assertThat(step).as("never signed in").isNotNull();
      assertThat(step.otpError()).startsWith(Messages.UNAVAILABLE);
    }
    customers.assertNoFailureCounted(customer);
    healServers();
    assertThat(customers.signsIn(customer, key.nextOtp())).isTrue();
  }

  @Test
  void replayedRequestFromOneServer_isIgnored_whenAnotherVerifiesOk() {
    secondary.forceStatus("REPLAYED_REQUEST");
    useServers(secondary.verifyUrl(), primary.verifyUrl());

    assertThat(customers.signsIn(customer, key.nextOtp())).isTrue();
  }

  @Test
  void forgedOkFromOneServer_failsTheLogin_evenWhenAnotherVerifiesOk() {
    secondary.fault(ValidationFault.BAD_SIGNATURE);
    useServers(secondary.verifyUrl(), primary.verifyUrl());

    assertThat(customers.signsIn(customer, key.nextOtp())).isFalse();
  }

  @Test
  void lockout_countsEachFailure_thenRefusesEvenAValidOtp() {
    try (Browser waiting = new Browser()) {
      // This login passed its password before the lockout and now waits at the YubiKey step.
      YubikeyPages.signInWithPassword(waiting, customers.baseUrl, realm.name, customer.username());
      var step = new YubikeyPages.LoginStep(YubikeyPages.current(waiting));

      YubikeyOtpGenerator other = YubikeyOtpGenerator.random();
      for (int i = 1; i <= FAILURE_FACTOR; i++) {
        assertThat(customers.signsIn(customer, other.nextOtp())).isFalse();
        customers.awaitFailures(customer, i);
      }
      var refused = step.submit(key.nextOtp());

      assertThat(YubikeyPages.LoginStep.isShown(refused)).as("refused while locked out").isTrue();
      assertThat(new YubikeyPages.LoginStep(refused).otpError()).startsWith(Messages.LOCKED);
    }
    assertThat(realm.lockedOut(customer.id())).isTrue();
    customers.awaitFailures(customer, FAILURE_FACTOR);
    realm.clearFailures(customer.id());
  }

  /** What a US Dvorak layout types when the key sends these QWERTY key positions. */
  static String toDvorak(String qwerty) {
    String modhex = "cbdefghijklnrtuv";
    String dvorak = "jxe.uidchtnbpygk";
    StringBuilder out = new StringBuilder();
    for (char c : qwerty.toCharArray()) {
      out.append(dvorak.charAt(modhex.indexOf(c)));
    }
    return out.toString();
  }
}
