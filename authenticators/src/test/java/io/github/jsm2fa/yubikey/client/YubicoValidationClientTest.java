package io.github.jsm2fa.yubikey.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class YubicoValidationClientTest {

  private static final byte[] KEY = "shared api key".getBytes(StandardCharsets.UTF_8);
  private static final String OTP = "vvfkbeunhdlctjgrbihltrvlhkjcivreddunhgvdlenb";

  private final List<HttpServer> servers = new ArrayList<>();
  private final List<String> rawQueries = new CopyOnWriteArrayList<>();
  private final YubicoValidationClient client =
      new YubicoValidationClient(HttpClient.newHttpClient());

  @AfterEach
  void stopServers() {
    servers.forEach(s -> s.stop(0));
  }

  @Test
  void request_isSignedOverSortedParameters_withHPercentEncoded() {
    URI server = serve(200, this::signedOk, Duration.ZERO);

    client.verify(OTP, settings(Duration.ofSeconds(2), server));

    String raw = rawQueries.get(0);
    assertThat(raw).startsWith("id=42&nonce=").contains("&otp=" + OTP + "&h=");
    String h = raw.substring(raw.indexOf("&h=") + 3);
    assertThat(h).doesNotContain("+").doesNotContain("/").doesNotContain("=");
    Map<String, String> sent = decode(raw);
    assertThat(Hmac.verifies(sent, KEY)).isTrue();
    assertThat(sent.keySet()).containsExactly("id", "nonce", "otp", "h");
  }

  @Test
  void verifiedOk_isAccepted() {
    URI server = serve(200, this::signedOk, Duration.ZERO);

    assertThat(client.verify(OTP, settings(Duration.ofSeconds(2), server)).verdict())
        .isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void slowServer_timesOut_whileAnotherAnswersOk_inParallel() {
    // Wide margins so that a loaded machine does not make the fast server miss its timeout.
    URI slow = serve(200, this::signedOk, Duration.ofSeconds(12));
    URI fast = serve(200, this::signedOk, Duration.ZERO);

    long start = System.nanoTime();
    ValidationResult result = client.verify(OTP, settings(Duration.ofMillis(2500), slow, fast));
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(result.verdict()).isEqualTo(Verdict.ACCEPTED);
    assertThat(result.answers())
        .extracting(ServerAnswer::verdict)
        .containsExactly(Verdict.SERVICE_PROBLEM, Verdict.ACCEPTED);
    assertThat(millis).isLessThan(9000);
  }

  @Test
  void onlySlowServers_isAServiceProblem() {
    URI slow = serve(200, this::signedOk, Duration.ofSeconds(5));

    assertThat(client.verify(OTP, settings(Duration.ofMillis(500), slow)).verdict())
        .isEqualTo(Verdict.SERVICE_PROBLEM);
  }

  @Test
  void http200WithoutStatus_isNotSuccess() {
    URI server = serve(200, query -> "<html>OK</html>", Duration.ZERO);

    assertThat(client.verify(OTP, settings(Duration.ofSeconds(2), server)).verdict())
        .isEqualTo(Verdict.SERVICE_PROBLEM);
  }

  @Test
  void http500_isAServiceProblem() {
    URI server = serve(500, this::signedOk, Duration.ZERO);

    assertThat(client.verify(OTP, settings(Duration.ofSeconds(2), server)).verdict())
        .isEqualTo(Verdict.SERVICE_PROBLEM);
  }

  @Test
  void unreachableServer_isAServiceProblem() {
    URI closed = serve(200, this::signedOk, Duration.ZERO);
    servers.get(0).stop(0);

    ValidationResult result = client.verify(OTP, settings(Duration.ofSeconds(2), closed));

    assertThat(result.verdict()).isEqualTo(Verdict.SERVICE_PROBLEM);
    assertThat(result.answers().get(0).detail()).startsWith("unreachable");
  }

  @Test
  void replayedRequestFromOne_isIgnored_whenAnotherVerifiesOk() {
    URI replayed = serve(200, q -> signed(q, "REPLAYED_REQUEST"), Duration.ZERO);
    URI ok = serve(200, this::signedOk, Duration.ZERO);

    assertThat(client.verify(OTP, settings(Duration.ofSeconds(2), replayed, ok)).verdict())
        .isEqualTo(Verdict.ACCEPTED);
  }

  private String signedOk(Map<String, String> query) {
    return signed(query, "OK");
  }

  private static String signed(Map<String, String> query, String status) {
    Map<String, String> answer = new LinkedHashMap<>();
    answer.put("otp", query.get("otp"));
    answer.put("nonce", query.get("nonce"));
    answer.put("t", "2026-12-04T10:00:00Z0001");
    answer.put("status", status);
    answer.put("h", Hmac.sign(answer, KEY));
    StringBuilder body = new StringBuilder();
    answer.forEach((k, v) -> body.append(k).append('=').append(v).append("\r\n"));
    return body.toString();
  }

  private URI serve(int code, Function<Map<String, String>, String> body, Duration delay) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.setExecutor(Executors.newCachedThreadPool());
      server.createContext("/verify", exchange -> answer(exchange, code, body, delay));
      server.start();
      servers.add(server);
      return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/verify");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void answer(
      HttpExchange exchange, int code, Function<Map<String, String>, String> body, Duration delay)
      throws IOException {
    String raw = exchange.getRequestURI().getRawQuery();
    rawQueries.add(raw);
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    byte[] bytes = body.apply(decode(raw)).getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(code, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static Map<String, String> decode(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      out.put(
          pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  private static ValidationSettings settings(Duration timeout, URI... urls) {
    return new ValidationSettings(List.of(urls), "42", KEY, timeout);
  }
}
