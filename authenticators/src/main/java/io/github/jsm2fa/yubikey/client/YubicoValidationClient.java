package io.github.jsm2fa.yubikey.client;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Asks validation servers (YubiCloud or compatible) about one OTP with the Yubico validation
 * protocol 2.0: a signed HTTPS GET to every server in parallel, each answer verified.
 */
public final class YubicoValidationClient {

  private static final Logger LOG = Logger.getLogger(YubicoValidationClient.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final HttpClient http;

  public YubicoValidationClient(HttpClient http) {
    this.http = http;
  }

  public ValidationResult verify(String otp, ValidationSettings settings) {
    String nonce = newNonce();
    byte[] apiKey = settings.apiKey();
    String query = signedQuery(otp, nonce, settings.clientId(), apiKey);

    List<CompletableFuture<ServerAnswer>> pending =
        settings.servers().stream()
            .map(server -> ask(server, query, otp, nonce, apiKey, settings))
            .toList();
    List<ServerAnswer> answers = pending.stream().map(CompletableFuture::join).toList();

    Verdict verdict = AnswerClassifier.combine(answers);
    LOG.debugf("YubiKey validation of %s: %s from %s", otp.substring(0, 12), verdict, answers);
    return new ValidationResult(verdict, answers);
  }

  /** The query string sent: the signed parameters, then {@code h}, every value percent-encoded. */
  static String signedQuery(String otp, String nonce, String clientId, byte[] apiKey) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("id", clientId);
    parameters.put("nonce", nonce);
    parameters.put("otp", otp);
    parameters.put(Hmac.SIGNATURE_KEY, Hmac.sign(parameters, apiKey));
    return parameters.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private CompletableFuture<ServerAnswer> ask(
      URI server, String query, String otp, String nonce, byte[] apiKey, ValidationSettings s) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server + "?" + query)).timeout(s.timeout()).GET().build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .thenApply(response -> toAnswer(server, response, otp, nonce, apiKey))
        .completeOnTimeout(
            problem(server, "no answer within " + s.timeout().toMillis() + " ms"),
            s.timeout().toMillis() + 500,
            TimeUnit.MILLISECONDS)
        .exceptionally(e -> problem(server, "unreachable: " + rootMessage(e)));
  }

  private static ServerAnswer toAnswer(
      URI server, HttpResponse<String> response, String otp, String nonce, byte[] apiKey) {
    if (response.statusCode() != 200) {
      return problem(server, "HTTP " + response.statusCode());
    }
    return AnswerClassifier.classify(
        server, ValidationResponse.parse(response.body()), otp, nonce, apiKey);
  }

  private static ServerAnswer problem(URI server, String detail) {
    return new ServerAnswer(server, ValidationStatus.UNKNOWN, Verdict.SERVICE_PROBLEM, detail);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName()
        + (root.getMessage() == null ? "" : " " + root.getMessage());
  }

  private static String newNonce() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
