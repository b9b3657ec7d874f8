package io.github.jsm2fa.it.jsmsync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jsm2fa.it.support.KeycloakIT;
import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.KeycloakServer;
import io.github.jsm2fa.testbed.jsm.JsmSimulator;
import io.github.jsm2fa.testbed.jsm.SimulatedSite;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Imports the same customers three ways and prints the throughput of each; run on demand with
 * {@code -Djsm2fa.benchmark=true} (see the README). It asserts only that every customer arrived:
 * the times depend on the machine and are reported, not judged. Its realms stay: deleting a realm
 * of 50,000 users outlasts Keycloak's own query timeout, and the run's server is fresh anyway.
 */
@KeycloakIT
@EnabledIfSystemProperty(named = "jsm2fa.benchmark", matches = "true")
class CustomerImportBenchmarkIT {
  private static final int CUSTOMERS = Integer.getInteger("jsm2fa.benchmark.customers", 50_000);
  private static final int PARTIAL_IMPORT_CHUNK = 5_000;

  private final List<String> lines = new ArrayList<>();

  @Test
  void sameCustomers_byCsvJsmSyncAndPartialImport(KeycloakServer server, AdminApi admin)
      throws Exception {
    ImportHttp http = new ImportHttp(server.baseUrl());
    ServerHeap heap = ServerHeap.of(server);
    lines.add(String.format("%-34s %10s %12s %14s", "path", "seconds", "customers/s", "heap +MiB"));

    ImportRealm csvRealm = ImportRealm.create(admin, http, "bench-csv", true);
    long heapBefore = heap.usedMibAfterGc();
    long start = System.nanoTime();
    HttpResponse<String> upload =
        http.postFile(csvRealm.path("/jsm2fa-customers/csv"), csv(), http.adminToken());
    report("CSV upload", start, heap, heapBefore);
    assertThat(ImportHttp.parse(upload.body()).path("summary").path("added").asInt())
        .isEqualTo(CUSTOMERS);

    SimulatedSite site =
        new SimulatedSite().addServiceDesk("1", "Help").generate("1", "acc-", CUSTOMERS);
    try (JsmSimulator simulator =
        JsmSimulator.start(
            site, JsmSimulator.Flavor.CLOUD, SyncFixture.ACCOUNT, SyncFixture.TOKEN, 0, 100)) {
      ImportRealm syncRealm = ImportRealm.create(admin, http, "bench-sync", true);
      Map<String, String> settings = SyncFixture.settings(simulator);
      settings.put("pageSize", "100");
      settings.put("timeoutSeconds", "60");
      String component = syncRealm.addSync(settings);
      heapBefore = heap.usedMibAfterGc();
      start = System.nanoTime();
      JsonNode first = sync(http, syncRealm, component);
      report("JSM full sync (first)", start, heap, heapBefore);
      assertThat(first.get("added").asInt()).isEqualTo(CUSTOMERS);
      start = System.nanoTime();
      JsonNode again = sync(http, syncRealm, component);
      report("JSM full sync (no change)", start, heap, heapBefore);
      assertThat(again.get("added").asInt() + again.get("updated").asInt()).isZero();
      assertThat(again.get("unchanged").asInt()).isEqualTo(CUSTOMERS);
    }

    ImportRealm partialRealm = ImportRealm.create(admin, http, "bench-partial", true);
    heapBefore = heap.usedMibAfterGc();
    start = System.nanoTime();
    for (int from = 1; from <= CUSTOMERS; from += PARTIAL_IMPORT_CHUNK) {
      HttpResponse<String> response =
          http.postJson(
              partialRealm.path("/partialImport"),
              Map.of("ifResourceExists", "SKIP", "users", users(from, PARTIAL_IMPORT_CHUNK)));
      assertThat(response.statusCode()).isEqualTo(200);
    }
    report("Keycloak partialImport", start, heap, heapBefore);
    assertThat(partialRealm.userCount()).isEqualTo(CUSTOMERS);

    System.out.println(
        "\nImport benchmark, " + CUSTOMERS + " customers, Keycloak " + server.home().getFileName());
    lines.forEach(System.out::println);
  }

  /**
   * Starts a sync as the admin console does and returns the stored run summary: a sync longer than
   * Keycloak's request transaction timeout finishes, but its HTTP answer is an error (see README).
   */
  private static JsonNode sync(ImportHttp http, ImportRealm realm, String component) {
    long startedAt = System.currentTimeMillis();
    HttpResponse<String> response =
        http.postJson(
            realm.path("/user-storage/" + component + "/sync?action=triggerFullSync"), Map.of());
    JsonNode summary = realm.lastRun("jsm." + component);
    System.out.println("sync answered " + response.statusCode() + ": " + summary);
    assertThat(summary.get("startedAt").asLong()).isGreaterThanOrEqualTo(startedAt - 1000);
    assertThat(summary.get("status").asText()).isEqualTo("success");
    return summary;
  }

  private void report(String path, long startNanos, ServerHeap heap, long heapBefore) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    long growth = heap.usedMibAfterGc() - heapBefore;
    lines.add(
        String.format("%-34s %10.1f %12.0f %14d", path, seconds, CUSTOMERS / seconds, growth));
    System.out.println(lines.get(0) + "\n" + lines.get(lines.size() - 1));
  }

  private static byte[] csv() {
    StringBuilder file = new StringBuilder("email,display name,account id\r\n");
    for (int i = 1; i <= CUSTOMERS; i++) {
      file.append(SyncFixture.email(i))
          .append(",Customer ")
          .append(String.format("%05d", i))
          .append(",acc-")
          .append(String.format("%05d", i))
          .append("\r\n");
    }
    return file.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static List<Map<String, Object>> users(int from, int count) {
    List<Map<String, Object>> users = new ArrayList<>();
    for (int i = from; i < from + count && i <= CUSTOMERS; i++) {
      String number = String.format("%05d", i);
      users.add(
          Map.of(
              "username",
              SyncFixture.email(i),
              "email",
              SyncFixture.email(i),
              "firstName",
              "Customer",
              "lastName",
              number,
              "enabled",
              true,
              "attributes",
              Map.of("jsmCustomerId", List.of("acc-" + number))));
    }
    return users;
  }
}
