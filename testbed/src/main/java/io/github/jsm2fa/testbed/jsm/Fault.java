package io.github.jsm2fa.testbed.jsm;

import java.time.Duration;

/** A misbehaviour the simulator shows on a chosen page, {@code times} times. */
public record Fault(Kind kind, int status, Duration delay, int times) {

  public enum Kind {
    /** Answer {@code status} (a 5xx) with a short error body. */
    SERVER_ERROR,
    /** Answer {@code status} (429 or 503) with {@code Retry-After} of {@code delay} seconds. */
    THROTTLE,
    /** Hold the request for {@code delay} before answering normally. */
    SLOW,
    /** Send the first half of the page's JSON. */
    TRUNCATED_JSON
  }

  public static Fault serverError(int status, int times) {
    return new Fault(Kind.SERVER_ERROR, status, Duration.ZERO, times);
  }

  public static Fault throttle(Duration retryAfter, int times) {
    return new Fault(Kind.THROTTLE, 429, retryAfter, times);
  }

  public static Fault unavailable(Duration retryAfter, int times) {
    return new Fault(Kind.THROTTLE, 503, retryAfter, times);
  }

  public static Fault slow(Duration delay, int times) {
    return new Fault(Kind.SLOW, 200, delay, times);
  }

  public static Fault truncatedJson(int times) {
    return new Fault(Kind.TRUNCATED_JSON, 200, Duration.ZERO, times);
  }
}
