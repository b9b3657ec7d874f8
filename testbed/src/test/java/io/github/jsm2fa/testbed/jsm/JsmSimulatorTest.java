package io.github.jsm2fa.testbed.jsm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JsmSimulatorTest {
  private static final String AUTH =
      "Basic "
          + Base64.getEncoder()
              .encodeToString("bot@example.test:token-1".getBytes(StandardCharsets.UTF_8));
  private final HttpClient http = HttpClient.newHttpClient();
  private JsmSimulator simulator;

  @BeforeEach
  void start() throws Exception {
    SimulatedSite site = new SimulatedSite().addServiceDesk("1", "Help").generate("1", "acc-", 7);
    site.addOrganization("1", "10", "Acme").addMember("10", "acc-00002");
    simulator =
        JsmSimulator.start(site, JsmSimulator.Flavor.CLOUD, "bot@example.test", "token-1", 0, 3);
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void customers_cappedPagesWithLastPageFlag() throws Exception {
    JsonNode first = json(get("/servicedesk/1/customer?start=0&limit=50", AUTH, true));
    JsonNode last = json(get("/servicedesk/1/customer?start=6&limit=50", AUTH, true));

    assertThat(first.get("size").asInt()).isEqualTo(3);
    assertThat(first.get("isLastPage").asBoolean()).isFalse();
    assertThat(first.get("values").get(0).get("accountId").asText()).isEqualTo("acc-00001");
    assertThat(last.get("size").asInt()).isEqualTo(1);
    assertThat(last.get("isLastPage").asBoolean()).isTrue();
  }

  @Test
  void wrongToken_401() throws Exception {
    String wrong = "Basic " + Base64.getEncoder().encodeToString("bot@example.test:x".getBytes());

    assertThat(get("/servicedesk", wrong, false).statusCode()).isEqualTo(401);
  }

  @Test
  void customersWithoutExperimentalHeader_refused() throws Exception {
    assertThat(get("/servicedesk/1/customer", AUTH, false).statusCode()).isEqualTo(400);
  }

  @Test
  void organizationUsers_listed() throws Exception {
    JsonNode users = json(get("/organization/10/user?start=0&limit=50", AUTH, false));

    assertThat(users.get("values").get(0).get("accountId").asText()).isEqualTo("acc-00002");
  }

  @Test
  void faults_hitChosenPageTheChosenNumberOfTimes() throws Exception {
    String path = JsmSimulator.customersPath("1");
    simulator.injectFault(path, 3, Fault.throttle(Duration.ofSeconds(2), 1));
    simulator.injectFault(path, 6, Fault.truncatedJson(1));
    simulator.injectFault(path, 0, Fault.serverError(502, 2));

    HttpResponse<String> throttled = get("/servicedesk/1/customer?start=3&limit=3", AUTH, true);
    HttpResponse<String> truncated = get("/servicedesk/1/customer?start=6&limit=3", AUTH, true);

    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.headers().firstValue("Retry-After")).contains("2");
    assertThat(truncated.body()).doesNotEndWith("}");
    assertThat(get("/servicedesk/1/customer?start=0", AUTH, true).statusCode()).isEqualTo(502);
    assertThat(get("/servicedesk/1/customer?start=0", AUTH, true).statusCode()).isEqualTo(502);
    assertThat(get("/servicedesk/1/customer?start=0", AUTH, true).statusCode()).isEqualTo(200);
    assertThat(get("/servicedesk/1/customer?start=3", AUTH, true).statusCode()).isEqualTo(200);
  }

  @Test
  void dataCenter_bearerAndKeys() throws Exception {
    SimulatedSite site = new SimulatedSite().addServiceDesk("2", "DC").generate("2", "JIRAUSER", 1);
    try (JsmSimulator dc =
        JsmSimulator.start(site, JsmSimulator.Flavor.DATA_CENTER, null, "pat", 0, 50)) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(dc.baseUrl() + JsmSimulator.customersPath("2")))
                  .header("Authorization", "Bearer pat")
                  .header("X-ExperimentalApi", "opt-in")
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(json(response).get("values").get(0).get("key").asText())
          .isEqualTo("JIRAUSER00001");
    }
  }

  private HttpResponse<String> get(String path, String auth, boolean experimental)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(simulator.baseUrl() + JsmSimulator.API + path))
            .header("Authorization", auth);
    if (experimental) {
      request.header("X-ExperimentalApi", "opt-in");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }
}
