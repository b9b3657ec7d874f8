package io.github.jsm2fa.jsmsync.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/** Sends authenticated GETs, retries 429 and 503 by the {@link RetryPolicy}, parses the JSON. */
final class JsmRequester {
  private static final Logger LOG = Logger.getLogger(JsmRequester.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final JsmCredentials credentials;
  private final JsmTransport transport;
  private final RetryPolicy retryPolicy;
  private final Sleeper sleeper;
  private final Clock clock;

  JsmRequester(
      String baseUrl,
      JsmCredentials credentials,
      JsmTransport transport,
      RetryPolicy retryPolicy,
      Sleeper sleeper,
      Clock clock) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.credentials = credentials;
    this.transport = transport;
    this.retryPolicy = retryPolicy;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  /** GETs {@code pathAndQuery} below the site URL and returns the parsed body. */
  JsonNode get(String pathAndQuery, boolean experimental) {
    URI uri = URI.create(baseUrl + pathAndQuery);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", credentials.authorizationHeader());
    headers.put("Accept", "application/json");
    if (experimental) {
      headers.put("X-ExperimentalApi", "opt-in");
    }

    int retries = 0;
    Duration waited = Duration.ZERO;
    while (true) {
      JsmTransport.Response response = send(uri, headers, pathAndQuery);
      int status = response.status();
      if (status >= 200 && status < 300) {
        return parse(response.body(), pathAndQuery, status);
      }
      if (status != 429 && status != 503) {
        throw new JsmClientException(describe(status, pathAndQuery), status);
      }

      Duration delay =
          retryPolicy
              .nextDelay(
                  retries,
                  waited,
                  response.retryAfter(),
                  clock.instant(),
                  () -> ThreadLocalRandom.current().nextDouble())
              .orElseThrow(
                  () ->
                      new JsmClientException(
                          "JSM kept answering " + status + " for " + pathAndQuery, status));
      LOG.debugf(
          "JSM answered %d for %s; retry %d in %d ms",
          status, pathAndQuery, retries + 1, delay.toMillis());
      pause(delay);
      retries++;
      waited = waited.plus(delay);
    }
  }

  private JsmTransport.Response send(URI uri, Map<String, String> headers, String path) {
    try {
      return transport.get(uri, headers);
    } catch (IOException e) {
      throw new JsmClientException("JSM request failed for " + path + ": " + e, 0, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new JsmClientException("Interrupted while calling JSM for " + path, 0, e);
    }
  }

  private void pause(Duration delay) {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new JsmClientException("Interrupted while waiting to retry JSM", 0, e);
    }
  }

  private static JsonNode parse(String body, String path, int status) {
    try {
      JsonNode node = JSON.readTree(body == null ? "" : body);
      if (node == null || node.isMissingNode()) {
        throw new JsmClientException("JSM sent an empty body for " + path, status);
      }
      return node;
    } catch (JsonProcessingException e) {
      // The parser's message quotes the payload; only its location is kept.
      throw new JsmClientException(
          "JSM sent malformed JSON for " + path + " at " + e.getLocation(), status);
    }
  }

  private static String describe(int status, String path) {
    if (status == 401 || status == 403) {
      return "JSM rejected the credentials (" + status + ") for " + path;
    }
    return "JSM answered " + status + " for " + path;
  }
}
