package io.github.jsm2fa.it.jsmsync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jsm2fa.it.support.KeycloakIT;
import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.KeycloakServer;
import io.github.jsm2fa.testbed.jsm.Fault;
import io.github.jsm2fa.testbed.jsm.JsmSimulator;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fault of the simulator on a randomly chosen page: a retried fault (429, 503) is absorbed
 * within the run; any other fails the run, and a later clean run reaches the same realm as a run
 * that met no fault at all.
 */
@KeycloakIT
class JsmSyncFaultIT {
  private static final long SEED = Long.getLong("jsm2fa.faultSeed", System.nanoTime());
  private static final Random RANDOM = new Random(SEED);

  private JsmSimulator simulator;
  private ImportHttp http;
  private AdminApi admin;

  static Stream<Arguments> faults() {
    return Stream.of(
        Arguments.of("500", Fault.serverError(500, 1), false),
        Arguments.of("502", Fault.serverError(502, 1), false),
        Arguments.of("429 Retry-After 1", Fault.throttle(Duration.ofSeconds(1), 2), true),
        Arguments.of("429 Retry-After 0", Fault.throttle(Duration.ZERO, 3), true),
        Arguments.of("503 Retry-After 1", Fault.unavailable(Duration.ofSeconds(1), 2), true),
        Arguments.of("timeout", Fault.slow(Duration.ofSeconds(6), 1), false),
        Arguments.of("truncated JSON", Fault.truncatedJson(1), false));
  }

  @BeforeEach
  void start(KeycloakServer server, AdminApi admin) {
    this.simulator = SyncFixture.start();
    this.http = new ImportHttp(server.baseUrl());
    this.admin = admin;
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void faultOnRandomPage_endsInTheFaultFreeRealm(String name, Fault fault, boolean retried) {
    ImportRealm clean = ImportRealm.create(admin, http, "fault-clean", true);
    ImportRealm faulted = ImportRealm.create(admin, http, "fault-hit", true);
    String cleanComponent = clean.addSync(SyncFixture.settings(simulator));
    String faultedComponent = faulted.addSync(SyncFixture.settings(simulator));
    clean.fullSync(cleanComponent);
    String[] page = randomPage();
    simulator.injectFault(page[0], Integer.parseInt(page[1]), fault);

    JsonNode hit = faulted.fullSync(faultedComponent);
    JsonNode hitRun = faulted.lastRun("jsm." + faultedComponent);
    simulator.clearFaults();
    faulted.fullSync(faultedComponent);

    String where = name + " on " + page[0] + " start " + page[1] + " (seed " + SEED + ")";
    assertThat(hitRun.get("status").asText()).as(where).isEqualTo(retried ? "success" : "failed");
    assertThat(hit.get("removed").asInt()).as(where).isZero();
    assertThat(faulted.snapshot()).as(where).isEqualTo(clean.snapshot());
    clean.delete();
    faulted.delete();
  }

  // Pages of the standard site as the component asks for them (server cap 7).
  private static String[] randomPage() {
    List<String[]> pages =
        List.of(
            new String[] {JsmSimulator.customersPath("1"), "0"},
            new String[] {JsmSimulator.customersPath("1"), "7"},
            new String[] {JsmSimulator.customersPath("1"), "14"},
            new String[] {JsmSimulator.customersPath("1"), "21"},
            new String[] {JsmSimulator.customersPath("2"), "0"},
            new String[] {JsmSimulator.organizationsPath("1"), "0"},
            new String[] {JsmSimulator.organizationUsersPath("10"), "0"},
            new String[] {JsmSimulator.API + "/servicedesk", "0"});
    return pages.get(RANDOM.nextInt(pages.size()));
  }
}
