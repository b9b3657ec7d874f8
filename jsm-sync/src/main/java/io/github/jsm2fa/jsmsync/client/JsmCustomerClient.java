package io.github.jsm2fa.jsmsync.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Reads service desks, customers and organizations from the JSM service desk REST API. */
public final class JsmCustomerClient {
  private static final String API = "/rest/servicedeskapi";

  private final JsmRequester requester;
  private final JsmDeployment deployment;
  private final int pageSize;
  private final int maxPages;

  public JsmCustomerClient(
      String siteUrl,
      JsmCredentials credentials,
      JsmTransport transport,
      RetryPolicy retryPolicy,
      Sleeper sleeper,
      int pageSize,
      int maxPages) {
    this.requester =
        new JsmRequester(siteUrl, credentials, transport, retryPolicy, sleeper, Clock.systemUTC());
    this.deployment = credentials.deployment();
    this.pageSize = pageSize;
    this.maxPages = maxPages;
  }

  /** Every service desk the credentials can see; used as the connection test too. */
  public List<JsmServiceDesk> serviceDesks() {
    List<JsmServiceDesk> desks = new ArrayList<>();
    PageWalker.Completion completion =
        walk(
            API + "/servicedesk",
            false,
            node -> new JsmServiceDesk(text(node, "id"), text(node, "projectName")),
            desks::addAll);
    if (completion != PageWalker.Completion.COMPLETE) {
      throw new JsmClientException("The service desk listing ended early: " + completion, 0);
    }
    return desks;
  }

  public PageWalker.Completion customers(String serviceDeskId, Consumer<List<JsmCustomer>> sink) {
    String path = API + "/servicedesk/" + encode(serviceDeskId) + "/customer";
    return walk(path, true, this::customer, sink);
  }

  public PageWalker.Completion organizations(
      String serviceDeskId, Consumer<List<JsmOrganization>> sink) {
    String path = API + "/servicedesk/" + encode(serviceDeskId) + "/organization";
    return walk(
        path, false, node -> new JsmOrganization(text(node, "id"), text(node, "name")), sink);
  }

  public PageWalker.Completion organizationUsers(
      String organizationId, Consumer<List<JsmCustomer>> sink) {
    String path = API + "/organization/" + encode(organizationId) + "/user";
    return walk(path, false, this::customer, sink);
  }

  private <T> PageWalker.Completion walk(
      String path, boolean experimental, Function<JsonNode, T> mapper, Consumer<List<T>> sink) {
    return PageWalker.walk(
        (start, limit) -> {
          String pathAndQuery = path + "?start=" + start + "&limit=" + limit;
          return JsmPage.parse(requester.get(pathAndQuery, experimental), mapper, pathAndQuery);
        },
        pageSize,
        maxPages,
        sink);
  }

  private JsmCustomer customer(JsonNode node) {
    String id = text(node, deployment == JsmDeployment.CLOUD ? "accountId" : "key");
    JsonNode active = node.get("active");
    return new JsmCustomer(
        id,
        text(node, "emailAddress"),
        text(node, "displayName"),
        active == null || !active.isBoolean() || active.asBoolean());
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    String text = value.asText().trim();
    return text.isEmpty() ? null : text;
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
