package io.github.jsm2fa.testbed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** JSON over HTTP with a bearer token, for Keycloak's admin and account REST APIs. */
public final class RestClient {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI baseUrl;
  private final Supplier<String> bearerToken;
  private final HttpClient http;

  public RestClient(URI baseUrl, Supplier<String> bearerToken) {
    this.baseUrl = baseUrl;
    this.bearerToken = bearerToken;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** GET {@code path} (relative to the server root, query included) as JSON. */
  public JsonNode get(String path) {
    return parse(send(request(path).GET(), path));
  }

  /** POST a JSON body; returns the id at the end of a {@code Location} header, or null. */
  public String post(String path, Object body) {
    HttpResponse<String> response = send(jsonRequest(path).POST(json(body)), path);
    return response
        .headers()
        .firstValue("Location")
        .map(location -> location.substring(location.lastIndexOf('/') + 1))
        .orElse(null);
  }

  public void put(String path, Object body) {
    send(jsonRequest(path).PUT(json(body)), path);
  }

  /** POST a text body of the given media type, such as {@code text/csv}; answers the JSON reply. */
  public JsonNode postText(String path, String mediaType, String body) {
    HttpRequest.Builder request =
        request(path).header("Content-Type", mediaType).POST(BodyPublishers.ofString(body));
    return parse(send(request, path));
  }

  public void delete(String path) {
    send(request(path).DELETE(), path);
  }

  /** Any request; the caller checks the status. */
  public HttpResponse<String> exchange(HttpRequest.Builder request) {
    try {
      return http.send(request.timeout(TIMEOUT).build(), BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(baseUrl.resolve(path))
        .header("Authorization", "Bearer " + bearerToken.get())
        .header("Accept", "application/json");
  }

  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static HttpRequest.BodyPublisher form(Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return BodyPublishers.ofString(body);
  }

  static JsonNode parse(HttpResponse<String> response) {
    try {
      return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("Not JSON from " + response.uri(), e);
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String path) {
    HttpResponse<String> response = exchange(request);
    if (response.statusCode() >= 300) {
      throw new RestException(response.statusCode(), path, response.body());
    }
    return response;
  }

  private static HttpRequest.BodyPublisher json(Object body) {
    try {
      return BodyPublishers.ofString(JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpRequest.Builder jsonRequest(String path) {
    return request(path).header("Content-Type", "application/json");
  }
}
