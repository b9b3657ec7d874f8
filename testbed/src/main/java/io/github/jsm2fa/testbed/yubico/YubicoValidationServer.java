package io.github.jsm2fa.testbed.yubico;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A validation server speaking Yubico's validation protocol 2.0 on 127.0.0.1, for tests and the
 * demo: signed answers, its own replay detection, and switchable {@link ValidationFault}s.
 */
public final class YubicoValidationServer implements AutoCloseable {

  public static final String VERIFY_PATH = "/wsapi/2.0/verify";

  private final HttpServer http;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final String clientId;
  private final byte[] apiKey;
  private final Map<String, SimulatedKey> keys = new ConcurrentHashMap<>();
  private final ProtocolAnswers answers;
  private final AtomicInteger requests = new AtomicInteger();
  private volatile ValidationFault fault = ValidationFault.NONE;
  private volatile String forcedStatus = "BACKEND_ERROR";
  private volatile Duration delay = Duration.ofSeconds(10);

  private YubicoValidationServer(HttpServer http, String clientId, byte[] apiKey) {
    this.http = http;
    this.clientId = clientId;
    this.apiKey = apiKey.clone();
    this.answers = new ProtocolAnswers(clientId, this.apiKey, keys);
  }

  /** Starts on 127.0.0.1 at {@code port} (0 for any free port). */
  public static YubicoValidationServer start(int port, String clientId, byte[] apiKey)
      throws IOException {
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    YubicoValidationServer server = new YubicoValidationServer(http, clientId, apiKey);
    http.setExecutor(server.executor);
    http.createContext(VERIFY_PATH, server::handle);
    http.start();
    return server;
  }

  public URI verifyUrl() {
    return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + VERIFY_PATH);
  }

  public int port() {
    return http.getAddress().getPort();
  }

  /** Lets the server validate OTPs of {@code key}. */
  public void register(YubikeyOtpGenerator key) {
    keys.put(key.publicId(), new SimulatedKey(key.aesKeyHex(), key.privateIdHex()));
  }

  public void fault(ValidationFault fault) {
    this.fault = fault;
  }

  /** Answers every request with {@code status}: {@link ValidationFault#FORCED_STATUS}. */
  public void forceStatus(String status) {
    this.forcedStatus = status;
    this.fault = ValidationFault.FORCED_STATUS;
  }

  public void slowBy(Duration delay) {
    this.delay = delay;
    this.fault = ValidationFault.SLOW;
  }

  /** How many verify requests arrived since start. */
  public int requestCount() {
    return requests.get();
  }

  /** Adds a page at {@code path} (e.g. {@code /demo/next-otp}) showing a key's next OTP. */
  public void showNextOtpAt(String path, YubikeyOtpGenerator key) {
    http.createContext(path, exchange -> NextOtpPage.answer(exchange, key));
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    Map<String, String> query = decode(exchange.getRequestURI().getRawQuery());
    ValidationFault now = fault;
    if (now == ValidationFault.SLOW) {
      sleep(delay);
    }
    Map<String, String> answer =
        switch (now) {
          case EMPTY_KEY_BACKEND_ERROR -> ProtocolAnswers.earlyError("BACKEND_ERROR");
          case FORCED_STATUS -> ProtocolAnswers.signed(query, forcedStatus, apiKey);
          case EMPTY_200 -> new LinkedHashMap<>();
          default -> answers.validate(query);
        };
    if (now == ValidationFault.BAD_SIGNATURE && answer.containsKey("h")) {
      answer.put("h", ProtocolSignature.sign(answer, "not the api key".getBytes()));
    }
    StringBuilder body = new StringBuilder();
    answer.forEach((k, v) -> body.append(k).append('=').append(v).append("\r\n"));
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain");
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static Map<String, String> decode(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(
            pair.substring(0, eq),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    http.stop(0);
    executor.shutdownNow();
  }
}
