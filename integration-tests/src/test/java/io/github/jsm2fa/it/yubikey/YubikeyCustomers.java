package io.github.jsm2fa.it.yubikey;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jsm2fa.it.support.Browser;
import io.github.jsm2fa.it.support.PkceLogin;
import io.github.jsm2fa.testbed.yubico.YubikeyOtpGenerator;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;

/** Creates customers with an enrolled YubiKey and walks their logins. */
final class YubikeyCustomers {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  final YubikeyTestRealm realm;
  final URI baseUrl;

  YubikeyCustomers(YubikeyTestRealm realm, URI baseUrl) {
    this.realm = realm;
    this.baseUrl = baseUrl;
  }

  record Customer(String username, String id) {}

  static String uniqueName(String prefix) {
    return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
  }

  /** A customer who enrolled {@code key} by a touch (the OTP validated online). */
  Customer enrolledOnline(YubikeyOtpGenerator key) {
    String username = uniqueName("customer");
    String id = realm.createCustomer(username, YubikeyTestRealm.ACTION);
    try (Browser browser = new Browser()) {
      PkceLogin login = YubikeyPages.signInWithPassword(browser, baseUrl, realm.name, username);
      new YubikeyPages.RegisterStep(YubikeyPages.current(browser))
          .register("My key", key.nextOtp());
      login.finish(browser);
    }
    return new Customer(username, id);
  }

  /** Password, then {@code otp} at the YubiKey step; returns the step page or null if signed in. */
  YubikeyPages.LoginStep submit(Browser browser, Customer customer, String otp) {
    PkceLogin login =
        YubikeyPages.signInWithPassword(browser, baseUrl, realm.name, customer.username());
    var step = new YubikeyPages.LoginStep(YubikeyPages.current(browser));
    var next = step.submit(otp);
    if (YubikeyPages.LoginStep.isShown(next)) {
      return new YubikeyPages.LoginStep(next);
    }
    login.finish(browser);
    return null;
  }

  /** Whether {@code otp} signs the customer in, in a fresh browser. */
  boolean signsIn(Customer customer, String otp) {
    try (Browser browser = new Browser()) {
      return submit(browser, customer, otp) == null;
    }
  }

  /** Waits for Keycloak's asynchronous brute-force count to reach {@code expected}. */
  void awaitFailures(Customer customer, int expected) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(() -> assertThat(realm.numFailures(customer.id())).isEqualTo(expected));
  }

  /** Checks for a while that nothing was counted: the count runs asynchronously. */
  void assertNoFailureCounted(Customer customer) {
    Awaitility.await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(250))
        .untilAsserted(() -> assertThat(realm.numFailures(customer.id())).isZero());
  }
}
