package io.github.jsm2fa.it.yubikey;

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

/** Posts YubiKey Manager CSV to the pack's key-import endpoint as a given master-realm user. */
final class KeyImportClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI baseUrl;
  private final HttpClient http = HttpClient.newHttpClient();

  KeyImportClient(URI baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** The answer's status and body (JSON for 200). */
  record Answer(int status, JsonNode body) {}

  Answer importCsv(String user, String password, String realm, String userId, String csv) {
    String token = token(user, password);
    HttpRequest request =
        HttpRequest.newBuilder(
                baseUrl.resolve(
                    "/admin/realms/" + realm + "/jsm2fa-yubikey/users/" + userId + "/keys"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "text/csv")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(csv))
            .build();
    HttpResponse<String> response = send(request);
    JsonNode body = null;
    if (response.statusCode() == 200) {
      body = read(response.body());
    }
    return new Answer(response.statusCode(), body);
  }

  private String token(String user, String password) {
    String form =
        "grant_type=password&client_id=admin-cli&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(baseUrl.resolve("/realms/master/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response = send(request);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("sign-in of " + user + " failed: " + response.statusCode());
    }
    return read(response.body()).get("access_token").asText();
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
