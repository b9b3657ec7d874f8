package io.github.jsm2fa.testbed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** Waits for Keycloak's readiness endpoint, failing early when the process dies. */
final class ReadinessProbe {

  private static final Duration POLL = Duration.ofMillis(500);

  private final URI healthUrl;
  private final Process process;
  private final Path logFile;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  ReadinessProbe(URI healthUrl, Process process, Path logFile) {
    this.healthUrl = healthUrl;
    this.process = process;
    this.logFile = logFile;
  }

  void await(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw failure("Keycloak exited with code " + process.exitValue() + " during start");
      }
      if (isReady()) {
        return;
      }
      sleep();
    }
    throw failure("Keycloak was not ready within " + timeout.toSeconds() + " s");
  }

  private boolean isReady() {
    HttpRequest request = HttpRequest.newBuilder(healthUrl).timeout(Duration.ofSeconds(5)).build();
    try {
      return http.send(request, BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure("Interrupted while waiting for Keycloak");
    }
  }

  private IllegalStateException failure(String reason) {
    return new IllegalStateException(
        reason + "; log " + logFile + " ends with:\n" + LogTail.of(logFile, 40));
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
    }
  }
}
