package io.github.jsm2fa.jsmsync.client;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before retrying a 429 or 503 answer.
 *
 * <p>The wait is never shorter than the server's Retry-After (seconds or an HTTP date); {@code 0}
 * and past dates mean {@code minWait}, a missing header means {@code fallbackWait} doubled per
 * retry. Jitter only lengthens the wait, by up to {@code jitter} times it, so that several nodes do
 * not come back together. The policy gives up after {@code maxRetries} retries, or when the next
 * wait would take the total past {@code maxTotalWait}.
 */
public record RetryPolicy(
    int maxRetries, Duration maxTotalWait, Duration minWait, Duration fallbackWait, double jitter) {

  public static RetryPolicy defaults() {
    return new RetryPolicy(
        8, Duration.ofMinutes(5), Duration.ofMillis(500), Duration.ofSeconds(2), 0.2);
  }

  /**
   * @param retriesSoFar retries already made for this request
   * @param waitedSoFar total time already spent waiting for this request
   * @param retryAfter the raw header, or null
   * @param random a source of values in [0, 1)
   * @return the wait before the next attempt, or empty to give up
   */
  public Optional<Duration> nextDelay(
      int retriesSoFar,
      Duration waitedSoFar,
      String retryAfter,
      Instant now,
      DoubleSupplier random) {
    if (retriesSoFar >= maxRetries) {
      return Optional.empty();
    }

    Duration base = parseRetryAfter(retryAfter, now).orElseGet(() -> backoff(retriesSoFar));
    if (base.compareTo(minWait) < 0) {
      base = minWait;
    }
    long extraMillis = (long) (base.toMillis() * jitter * random.getAsDouble());
    Duration delay = base.plusMillis(extraMillis);

    if (waitedSoFar.plus(delay).compareTo(maxTotalWait) > 0) {
      return Optional.empty();
    }
    return Optional.of(delay);
  }

  private Duration backoff(int retriesSoFar) {
    return fallbackWait.multipliedBy(1L << Math.min(retriesSoFar, 10));
  }

  static Optional<Duration> parseRetryAfter(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String trimmed = value.trim();
    if (trimmed.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
      } catch (NumberFormatException tooLarge) {
        return Optional.of(Duration.ofDays(1));
      }
    }
    try {
      Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration delta = Duration.between(now, at);
      return Optional.of(delta.isNegative() ? Duration.ZERO : delta);
    } catch (DateTimeParseException unreadable) {
      return Optional.empty();
    }
  }
}
