package io.github.jsm2fa.testbed.jsm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for the JSM service desk REST API, bound to 127.0.0.1 only: service desks,
 * customers (behind {@code X-ExperimentalApi: opt-in}), organizations and their users, paged by
 * {@code start} and {@code limit} with a server-side page cap, and faults on chosen pages.
 */
public final class JsmSimulator implements AutoCloseable {
  public static final String API = "/rest/servicedeskapi";
  private static final Pattern DESK_CUSTOMERS =
      Pattern.compile(API + "/servicedesk/([^/]+)/customer");
  private static final Pattern DESK_ORGANIZATIONS =
      Pattern.compile(API + "/servicedesk/([^/]+)/organization");
  private static final Pattern ORGANIZATION_USERS =
      Pattern.compile(API + "/organization/([^/]+)/user");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Cloud checks basic auth and lists accountIds; Data Center checks a bearer token and keys. */
  public enum Flavor {
    CLOUD,
    DATA_CENTER
  }

  private final SimulatedSite site;
  private final Flavor flavor;
  private final String expectedAuthorization;
  private final int pageCap;
  private final FaultPlan faults = new FaultPlan();
  private final AtomicInteger requests = new AtomicInteger();
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);

  private JsmSimulator(
      SimulatedSite site, Flavor flavor, String accountEmail, String token, int port, int pageCap)
      throws IOException {
    this.site = site;
    this.flavor = flavor;
    this.pageCap = pageCap;
    this.expectedAuthorization =
        flavor == Flavor.CLOUD
            ? "Basic "
                + Base64.getEncoder()
                    .encodeToString((accountEmail + ":" + token).getBytes(StandardCharsets.UTF_8))
            : "Bearer " + token;
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
    server.createContext(API, this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /**
   * @param port 0 for any free port
   * @param pageCap the most values one page holds, whatever {@code limit} asks
   */
  public static JsmSimulator start(
      SimulatedSite site, Flavor flavor, String accountEmail, String token, int port, int pageCap)
      throws IOException {
    return new JsmSimulator(site, flavor, accountEmail, token, port, pageCap);
  }

  /** The site URL to configure in Keycloak. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public SimulatedSite site() {
    return site;
  }

  /** Shows {@code fault} on the page of {@code path} that starts at {@code start}. */
  public void injectFault(String path, int start, Fault fault) {
    faults.add(path, start, fault);
  }

  public void clearFaults() {
    faults.clear();
  }

  /** Requests answered since start, faults included. */
  public int requestCount() {
    return requests.get();
  }

  public static String customersPath(String deskId) {
    return API + "/servicedesk/" + deskId + "/customer";
  }

  public static String organizationsPath(String deskId) {
    return API + "/servicedesk/" + deskId + "/organization";
  }

  public static String organizationUsersPath(String organizationId) {
    return API + "/organization/" + organizationId + "/user";
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try (exchange) {
      answer(exchange);
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
    try {
      String path = exchange.getRequestURI().getPath();
      if (!"GET".equals(exchange.getRequestMethod())) {
        send(exchange, 405, error("Method not allowed"));
        return;
      }
      if (!expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        send(exchange, 401, error("Client must be authenticated to access this resource."));
        return;
      }

      Map<String, String> query = SimulatorQuery.parse(exchange.getRequestURI().getRawQuery());
      int start = SimulatorQuery.intValue(query, "start", 0);
      int limit = Math.min(SimulatorQuery.intValue(query, "limit", 50), pageCap);
      Fault fault = faults.take(path, start);
      if (fault != null && applyFault(exchange, fault, () -> body(exchange, path, start, limit))) {
        return;
      }

      String body = body(exchange, path, start, limit);
      send(exchange, body == null ? 404 : 200, body == null ? error("Not found") : body);
    } catch (IllegalStateException badRequest) {
      send(exchange, 400, error(badRequest.getMessage()));
    }
  }

  private boolean applyFault(HttpExchange exchange, Fault fault, BodySupplier page)
      throws IOException {
    switch (fault.kind()) {
      case SERVER_ERROR -> send(exchange, fault.status(), error("Simulated failure"));
      case THROTTLE -> {
        exchange.getResponseHeaders().set("Retry-After", Long.toString(fault.delay().toSeconds()));
        send(exchange, fault.status(), error("Rate limit exceeded."));
      }
      case SLOW -> {
        sleep(fault.delay().toMillis());
        return false;
      }
      case TRUNCATED_JSON -> {
        String body = page.get();
        send(exchange, 200, body.substring(0, body.length() / 2));
      }
    }
    return true;
  }

  private String body(HttpExchange exchange, String path, int start, int limit) {
    if (path.equals(API + "/servicedesk")) {
      return page(site.serviceDesks(), start, limit, desk -> desk(desk.getKey(), desk.getValue()));
    }
    Matcher matcher = DESK_CUSTOMERS.matcher(path);
    if (matcher.matches() && site.hasDesk(matcher.group(1))) {
      if (!"opt-in".equals(exchange.getRequestHeaders().getFirst("X-ExperimentalApi"))) {
        throw new IllegalStateException(
            "This API is experimental. Experimental APIs require the X-ExperimentalApi header.");
      }
      return page(site.customersOf(matcher.group(1)), start, limit, this::customer);
    }
    matcher = DESK_ORGANIZATIONS.matcher(path);
    if (matcher.matches() && site.hasDesk(matcher.group(1))) {
      return page(
          site.organizationsOf(matcher.group(1)),
          start,
          limit,
          org -> JSON.createObjectNode().put("id", org.getKey()).put("name", org.getValue()));
    }
    matcher = ORGANIZATION_USERS.matcher(path);
    if (matcher.matches() && site.hasOrganization(matcher.group(1))) {
      return page(site.membersOf(matcher.group(1)), start, limit, this::customer);
    }
    return null;
  }

  private static <T> String page(
      List<T> all, int start, int limit, Function<T, ObjectNode> mapper) {
    int from = Math.min(Math.max(start, 0), all.size());
    int to = Math.min(all.size(), from + Math.max(limit, 1));
    ObjectNode page = JSON.createObjectNode();
    page.put("size", to - from).put("start", start).put("limit", limit);
    page.put("isLastPage", to >= all.size());
    ArrayNode values = page.putArray("values");
    all.subList(from, to).forEach(item -> values.add(mapper.apply(item)));
    return page.toString();
  }

  private static ObjectNode desk(String id, String projectName) {
    return JSON.createObjectNode().put("id", id).put("projectName", projectName);
  }

  private ObjectNode customer(SimulatedCustomer customer) {
    ObjectNode node = JSON.createObjectNode();
    if (flavor == Flavor.CLOUD) {
      node.put("accountId", customer.id());
    } else {
      node.put("key", customer.id()).put("name", customer.id().toLowerCase());
    }
    if (customer.email() != null) {
      node.put("emailAddress", customer.email());
    }
    node.put("displayName", customer.displayName()).put("active", customer.active());
    node.put("timeZone", "Etc/UTC");
    return node;
  }

  private static String error(String message) {
    ObjectNode node = JSON.createObjectNode();
    node.putArray("errorMessages").add(message);
    return node.toString();
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  @FunctionalInterface
  private interface BodySupplier {
    String get();
  }
}
