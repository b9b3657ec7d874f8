package io.github.jsm2fa.testbed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a fake Keycloak on loopback that answers the few calls AdminApi makes. */
class AdminApiTest {

  private HttpServer server;
  private final AtomicInteger tokensIssued = new AtomicInteger();
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private volatile long tokenLifetimeSeconds = 60;
  private AdminApi admin;

  @BeforeEach
  void startFakeKeycloak() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/realms/master/protocol/openid-connect/token", this::token);
    server.createContext("/admin/realms/demo/users", this::users);
    server.start();
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    admin = new AdminApi(base, "admin", "admin");
  }

  @AfterEach
  void stopFakeKeycloak() {
    server.stop(0);
  }

  @Test
  void createUser_returnsIdFromLocationHeader() {
    String id = admin.createUser("demo", "alice", "alice@example.com", "Alice", "A", "pw");

    assertThat(id).isEqualTo("4711");
    assertThat(authorizations).containsExactly("Bearer token-1");
  }

  @Test
  void token_isReusedWhileValid() {
    admin.findUserId("demo", "alice");
    admin.findUserId("demo", "alice");

    assertThat(tokensIssued).hasValue(1);
  }

  @Test
  void token_closeToExpiry_isRenewed() {
    tokenLifetimeSeconds = 10;

    admin.findUserId("demo", "alice");
    admin.findUserId("demo", "alice");

    assertThat(tokensIssued).hasValue(2);
    assertThat(authorizations).containsExactly("Bearer token-1", "Bearer token-2");
  }

  @Test
  void findUserId_noMatch_isEmpty() {
    assertThat(admin.findUserId("demo", "nobody")).isEmpty();
  }

  @Test
  void errorStatus_raisesRestExceptionWithStatus() {
    assertThatThrownBy(() -> admin.get("/admin/realms/missing"))
        .isInstanceOf(RestException.class)
        .extracting(e -> ((RestException) e).status())
        .isEqualTo(404);
  }

  private void token(HttpExchange exchange) throws IOException {
    int n = tokensIssued.incrementAndGet();
    respond(
        exchange,
        200,
        "{\"access_token\":\"token-" + n + "\",\"expires_in\":" + tokenLifetimeSeconds + "}");
  }

  private void users(HttpExchange exchange) throws IOException {
    authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
    if (exchange.getRequestMethod().equals("POST")) {
      exchange.getResponseHeaders().add("Location", "http://x/admin/realms/demo/users/4711");
      respond(exchange, 201, "");
      return;
    }
    String query = exchange.getRequestURI().getQuery();
    respond(exchange, 200, query.contains("username=alice") ? "[{\"id\":\"4711\"}]" : "[]");
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
