package io.github.jsm2fa.jsmsync.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {
  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
  private static final RetryPolicy POLICY =
      new RetryPolicy(
          3, Duration.ofSeconds(60), Duration.ofMillis(500), Duration.ofSeconds(1), 0.5);

  @ParameterizedTest(name = "retries={0} waited={1}s header=[{2}] random={3} -> {4}ms")
  @CsvSource(
      nullValues = "none",
      value = {
        // retries so far, waited seconds, Retry-After, random, expected delay ms (-1 = give up)
        "0, 0,  5,                             0.0, 5000",
        "0, 0,  5,                             1.0, 7500",
        "0, 0,  0,                             0.0, 500",
        "0, 0,  0,                             1.0, 750",
        "0, 0,  none,                          0.0, 1000",
        "2, 0,  none,                          0.0, 4000",
        "0, 0,  soon,                          0.0, 1000",
        "0, 0,  'Fri, 04 Dec 2026 10:00:30 GMT', 0.0, 30000",
        "0, 0,  'Fri, 04 Dec 2026 09:00:00 GMT', 0.0, 500",
        "3, 0,  1,                             0.0, -1",
        "1, 58, 5,                             0.0, -1",
        "0, 0,  3600,                          0.0, -1",
      })
  void answer_givesDelayOrUp(
      int retries, int waitedSeconds, String retryAfter, double random, long expectedMillis) {
    Optional<Duration> delay =
        POLICY.nextDelay(retries, Duration.ofSeconds(waitedSeconds), retryAfter, NOW, () -> random);

    if (expectedMillis < 0) {
      assertThat(delay).isEmpty();
    } else {
      assertThat(delay).contains(Duration.ofMillis(expectedMillis));
    }
  }
}
