package io.github.jsm2fa.jsmsync.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** {@link JsmTransport} on the JDK HTTP client, with a connect and a whole-request timeout. */
public final class JdkJsmTransport implements JsmTransport {
  private final HttpClient http;
  private final Duration requestTimeout;

  public JdkJsmTransport(Duration connectTimeout, Duration requestTimeout) {
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.requestTimeout = requestTimeout;
  }

  @Override
  public Response get(URI uri, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(requestTimeout).GET();
    headers.forEach(request::header);
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    String retryAfter = response.headers().firstValue("Retry-After").orElse(null);
    return new Response(response.statusCode(), retryAfter, response.body());
  }
}
