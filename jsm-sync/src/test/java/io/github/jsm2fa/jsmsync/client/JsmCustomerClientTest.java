package io.github.jsm2fa.jsmsync.client;

import static io.github.jsm2fa.jsmsync.client.FakeTransport.cloudCustomer;
import static io.github.jsm2fa.jsmsync.client.FakeTransport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsmCustomerClientTest {
  private final FakeTransport transport = new FakeTransport();
  private final List<Duration> sleeps = new ArrayList<>();

  private JsmCustomerClient client(JsmDeployment deployment) {
    RetryPolicy policy =
        new RetryPolicy(
            2, Duration.ofSeconds(30), Duration.ofMillis(100), Duration.ofSeconds(1), 0);
    return new JsmCustomerClient(
        "http://127.0.0.1:1/jsm/",
        new JsmCredentials(deployment, "admin@example.com", "s3cret"),
        transport,
        policy,
        sleeps::add,
        2,
        100);
  }

  @Test
  void cloudCustomers_basicAuthExperimentalHeaderAndNextStartFromReturnedSize() {
    transport
        .answer(200, null, page(false, cloudCustomer("a1", "a@x.io", true)))
        .answer(200, null, page(true, cloudCustomer("a2", null, false)));
    List<JsmCustomer> seen = new ArrayList<>();

    PageWalker.Completion completion = client(JsmDeployment.CLOUD).customers("7", seen::addAll);

    assertThat(completion).isEqualTo(PageWalker.Completion.COMPLETE);
    assertThat(seen)
        .containsExactly(
            new JsmCustomer("a1", "a@x.io", "Name a1", true),
            new JsmCustomer("a2", null, "Name a2", false));
    assertThat(transport.uris)
        .extracting(Object::toString)
        .containsExactly(
            "http://127.0.0.1:1/jsm/rest/servicedeskapi/servicedesk/7/customer?start=0&limit=2",
            "http://127.0.0.1:1/jsm/rest/servicedeskapi/servicedesk/7/customer?start=1&limit=2");
    assertThat(transport.headers.get(0))
        .containsEntry("X-ExperimentalApi", "opt-in")
        .containsEntry("Authorization", "Basic YWRtaW5AZXhhbXBsZS5jb206czNjcmV0");
  }

  @Test
  void dataCenter_bearerAndKeyedByKey() {
    transport.answer(
        200,
        null,
        page(true, "{\"key\":\"JIRAUSER1\",\"name\":\"ada\",\"emailAddress\":\"a@x.io\"}"));
    List<JsmCustomer> seen = new ArrayList<>();

    client(JsmDeployment.DATA_CENTER).organizationUsers("3", seen::addAll);

    assertThat(seen).containsExactly(new JsmCustomer("JIRAUSER1", "a@x.io", null, true));
    assertThat(transport.headers.get(0)).containsEntry("Authorization", "Bearer s3cret");
    assertThat(transport.headers.get(0)).doesNotContainKey("X-ExperimentalApi");
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 503})
  void throttled_retriesSameStartAfterRetryAfter(int status) {
    transport
        .answer(200, null, page(false, cloudCustomer("a1", "a@x.io", true)))
        .answer(status, "3", "")
        .answer(status, "0", "")
        .answer(200, null, page(true, cloudCustomer("a2", "b@x.io", true)));
    List<JsmCustomer> seen = new ArrayList<>();

    client(JsmDeployment.CLOUD).customers("7", seen::addAll);

    assertThat(seen).hasSize(2);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(3), Duration.ofMillis(100));
    assertThat(transport.uris.subList(1, 4))
        .extracting(uri -> uri.getQuery())
        .containsOnly("start=1&limit=2");
  }

  @Test
  void throttledBeyondRetryCap_failsNamingStatus() {
    transport.answer(429, "1", "").answer(429, "1", "").answer(429, "1", "");

    assertThatThrownBy(() -> client(JsmDeployment.CLOUD).customers("7", page -> {}))
        .isInstanceOf(JsmClientException.class)
        .hasMessageContaining("kept answering 429");
    assertThat(sleeps).hasSize(2);
  }

  @Test
  void serverError_failsWithoutRetry() {
    transport.answer(500, null, "oops");

    assertThatThrownBy(() -> client(JsmDeployment.CLOUD).customers("7", page -> {}))
        .isInstanceOf(JsmClientException.class)
        .hasMessageContaining("500");
    assertThat(sleeps).isEmpty();
  }

  @Test
  void unauthorized_failsNamingCredentialsButNotToken() {
    transport.answer(401, null, "");

    assertThatThrownBy(() -> client(JsmDeployment.CLOUD).serviceDesks())
        .hasMessageContaining("rejected the credentials")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void timeout_fails() {
    transport.fail(new HttpTimeoutException("request timed out"));

    assertThatThrownBy(() -> client(JsmDeployment.CLOUD).customers("7", page -> {}))
        .isInstanceOf(JsmClientException.class)
        .hasMessageContaining("timed out");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"size\":1,\"isLastPage\":true,\"values\":[{\"accountId\":\"a",
        "{\"size\":2,\"isLastPage\":true,\"values\":[]}",
        "{\"values\":[]}",
        "<html>maintenance</html>",
        "",
      })
  void malformedPage_fails(String body) {
    transport.answer(200, null, body);

    assertThatThrownBy(() -> client(JsmDeployment.CLOUD).customers("7", page -> {}))
        .isInstanceOf(JsmClientException.class)
        .hasMessageNotContaining("accountId");
  }

  @Test
  void serviceDesks_andOrganizations_read() {
    transport
        .answer(200, null, page(true, "{\"id\":\"7\",\"projectName\":\"Help\"}"))
        .answer(200, null, page(true, "{\"id\":\"11\",\"name\":\"Acme\"}"));
    List<JsmOrganization> organizations = new ArrayList<>();

    List<JsmServiceDesk> desks = client(JsmDeployment.CLOUD).serviceDesks();
    client(JsmDeployment.CLOUD).organizations("7", organizations::addAll);

    assertThat(desks).containsExactly(new JsmServiceDesk("7", "Help"));
    assertThat(organizations).containsExactly(new JsmOrganization("11", "Acme"));
  }

  @Test
  void credentials_toStringHidesToken() {
    assertThat(new JsmCredentials(JsmDeployment.CLOUD, "a@x.io", "s3cret").toString())
        .doesNotContain("s3cret");
  }
}
