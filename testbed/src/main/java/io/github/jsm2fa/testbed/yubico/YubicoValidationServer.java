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
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  private static final DateTimeFormatter T =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z0'SSS");

  private final HttpServer http;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final String clientId;
  private final byte[] apiKey;
  private final Map<String, SimulatedKey> keys = new ConcurrentHashMap<>();
  private final Set<String> seenRequests = ConcurrentHashMap.newKeySet();
  private final AtomicInteger requests = new AtomicInteger();
  private volatile ValidationFault fault = ValidationFault.NONE;
  private volatile String forcedStatus = "BACKEND_ERROR";
  private volatile Duration delay = Duration.ofSeconds(10);

  private YubicoValidationServer(HttpServer http, String clientId, byte[] apiKey) {
    this.http = http;
    this.clientId = clientId;
    this.apiKey = apiKey.clone();
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
          case EMPTY_KEY_BACKEND_ERROR -> earlyError("BACKEND_ERROR");
          case FORCED_STATUS -> signed(query, forcedStatus, apiKey);
          case EMPTY_200 -> new LinkedHashMap<>();
          default -> validate(query);
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

  private Map<String, String> validate(Map<String, String> query) {
    String otp = query.get("otp");
    String nonce = query.get("nonce");
    if (query.get("id") == null || otp == null || nonce == null) {
      return earlyError("MISSING_PARAMETER");
    }
    if (!clientId.equals(query.get("id"))) {
      return earlyError("NO_SUCH_CLIENT");
    }
    if (query.get("h") == null || !query.get("h").equals(ProtocolSignature.sign(query, apiKey))) {
      return signed(query, "BAD_SIGNATURE", apiKey);
    }
    if (!otp.matches("[cbdefghijklnrtuv]{32,48}")) {
      return signed(query, "BAD_OTP", apiKey);
    }
    SimulatedKey key = keys.get(otp.substring(0, otp.length() - 32));
    Optional<int[]> counters =
        key == null ? Optional.empty() : key.decrypt(otp.substring(otp.length() - 32));
    if (counters.isEmpty()) {
      return signed(query, "BAD_OTP", apiKey);
    }
    if (!seenRequests.add(otp + "/" + nonce)) {
      return signed(query, "REPLAYED_REQUEST", apiKey);
    }
    if (!key.advance(counters.get()[0], counters.get()[1])) {
      return signed(query, "REPLAYED_OTP", apiKey);
    }
    Map<String, String> ok = new LinkedHashMap<>();
    ok.put("sessioncounter", String.valueOf(counters.get()[0]));
    ok.put("sessionuse", String.valueOf(counters.get()[1]));
    ok.put("timestamp", String.valueOf(counters.get()[2]));
    ok.put("sl", "100");
    return signed(query, "OK", apiKey, ok);
  }

  private static Map<String, String> earlyError(String status) {
    Map<String, String> answer = new LinkedHashMap<>();
    answer.put("t", ZonedDateTime.now(ZoneOffset.UTC).format(T));
    answer.put("status", status);
    answer.put("h", ProtocolSignature.sign(answer, new byte[0]));
    return answer;
  }

  private static Map<String, String> signed(Map<String, String> query, String status, byte[] key) {
    return signed(query, status, key, Map.of());
  }

  private static Map<String, String> signed(
      Map<String, String> query, String status, byte[] key, Map<String, String> extra) {
    Map<String, String> answer = new LinkedHashMap<>();
    if (query.get("otp") != null) {
      answer.put("otp", query.get("otp"));
    }
    if (query.get("nonce") != null) {
      answer.put("nonce", query.get("nonce"));
    }
    answer.put("t", ZonedDateTime.now(ZoneOffset.UTC).format(T));
    answer.putAll(extra);
    answer.put("status", status);
    answer.put("h", ProtocolSignature.sign(answer, key));
    return answer;
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
