package io.github.jsm2fa.it.jsmsync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The calls the import tests need beyond the harness's AdminApi: responses with bodies from POSTs
 * (sync results, upload reports), raw CSV bodies and long timeouts for big runs.
 */
final class ImportHttp {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofMinutes(30);

  private final URI baseUrl;
  private final HttpClient http = HttpClient.newHttpClient();

  ImportHttp(URI baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** A token of the bootstrap admin (the harness's default admin / admin). */
  String adminToken() {
    return token("master", "admin", "admin");
  }

  /** A password-grant token through the realm's admin-cli client; opens a user session. */
  String token(String realm, String username, String password) {
    HttpResponse<String> response = tokenResponse(realm, username, password);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Sign-in to " + realm + " failed: " + response.statusCode());
    }
    return parse(response.body()).get("access_token").asText();
  }

  HttpResponse<String> tokenResponse(String realm, String username, String password) {
    String form =
        Map.of(
                "grant_type",
                "password",
                "client_id",
                "admin-cli",
                "username",
                username,
                "password",
                password)
            .entrySet()
            .stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(
                baseUrl.resolve("/realms/" + realm + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** POSTs a JSON body as the admin and returns the response. */
  HttpResponse<String> postJson(String path, Object body) {
    try {
      return send(
          HttpRequest.newBuilder(baseUrl.resolve(path))
              .header("Authorization", "Bearer " + adminToken())
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** POSTs raw file bytes with the given bearer token. */
  HttpResponse<String> postFile(String path, byte[] file, String token) {
    return send(
        HttpRequest.newBuilder(baseUrl.resolve(path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
  }

  static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("Not JSON: " + body, e);
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
