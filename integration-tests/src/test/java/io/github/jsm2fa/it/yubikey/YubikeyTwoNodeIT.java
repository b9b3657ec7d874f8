package io.github.jsm2fa.it.yubikey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jsm2fa.it.support.Browser;
import io.github.jsm2fa.testbed.yubico.YubikeyOtpGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Keycloak processes on one throwaway PostgreSQL: one OTP of an offline key submitted 50 times
 * at once, half to each node, is accepted exactly once.
 */
class YubikeyTwoNodeIT {

  static final int SUBMISSIONS = 50;

  static ThrowawayPostgres postgres;
  static ClusterNode nodeA;
  static ClusterNode nodeB;

  @BeforeAll
  static void startCluster() throws Exception {
    Path work = Path.of("target", "yubikey-two-nodes").toAbsolutePath();
    postgres = ThrowawayPostgres.start(work.resolve("postgres"));
    Path source = Path.of(System.getProperty("jsm2fa.keycloak.home"));
    List<Path> providers;
    try (Stream<Path> jars = Files.list(Path.of(System.getProperty("jsm2fa.providers.dir")))) {
      providers = jars.filter(p -> p.toString().endsWith(".jar")).toList();
    }
    Path built = work.resolve("keycloak-built");
    ClusterNode.buildHome(source, built, providers);
    nodeA = ClusterNode.startCopy(built, work.resolve("node-a"), postgres);
    nodeB = ClusterNode.startCopy(built, work.resolve("node-b"), postgres);
  }

  @AfterAll
  static void stopCluster() {
    Stream.of(nodeA, nodeB).filter(n -> n != null).forEach(ClusterNode::close);
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void oneOtp_submittedFiftyTimesAcrossTwoNodes_isAcceptedExactlyOnce() throws Exception {
    // No brute-force detection: the 49 refusals must not lock the customer out before the winner.
    YubikeyTestRealm realm = YubikeyTestRealm.create(nodeA.adminApi(), "yubikey-two-nodes", 0);
    YubikeyOtpGenerator key = YubikeyOtpGenerator.random();
    String username = YubikeyCustomers.uniqueName("cluster");
    String userId = realm.createCustomer(username);
    KeyImportClient.Answer imported =
        new KeyImportClient(nodeA.baseUrl())
            .importCsv("admin", "admin", realm.name, userId, key.ykmanCsvLine("1"));
    assertThat(imported.body().get(0).path("result").asText()).isEqualTo("imported");

    List<Browser> browsers = new ArrayList<>();
    List<YubikeyPages.LoginStep> steps = new ArrayList<>();
    for (int i = 0; i < SUBMISSIONS; i++) {
      ClusterNode node = i % 2 == 0 ? nodeA : nodeB;
      Browser browser = new Browser();
      browsers.add(browser);
      YubikeyPages.signInWithPassword(browser, node.baseUrl(), realm.name, username);
      steps.add(new YubikeyPages.LoginStep(YubikeyPages.current(browser)));
    }
    String otp = key.nextOtp();

    CyclicBarrier start = new CyclicBarrier(SUBMISSIONS);
    ExecutorService pool = Executors.newFixedThreadPool(SUBMISSIONS);
    List<Future<HtmlPage>> answers = new ArrayList<>();
    for (YubikeyPages.LoginStep step : steps) {
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return step.submit(otp);
              }));
    }
    int accepted = 0;
    int replayed = 0;
    for (Future<HtmlPage> answer : answers) {
      HtmlPage page = answer.get();
      if (!YubikeyPages.LoginStep.isShown(page)) {
        accepted++;
      } else if (new YubikeyPages.LoginStep(page).otpError().startsWith(Messages.REPLAYED)) {
        replayed++;
      }
    }
    pool.shutdown();
    browsers.forEach(Browser::close);

    assertThat(accepted).isEqualTo(1);
    assertThat(replayed).isEqualTo(SUBMISSIONS - 1);
    JsonNode credential = null;
    for (JsonNode c : nodeB.adminApi().userCredentials(realm.name, userId)) {
      if (YubikeyTestRealm.CREDENTIAL_TYPE.equals(c.path("type").asText())) {
        credential = c;
      }
    }
    assertThat(credential.path("credentialData").asText())
        .contains("\"sessionCounter\":1", "\"sessionUse\":0");
  }
}
