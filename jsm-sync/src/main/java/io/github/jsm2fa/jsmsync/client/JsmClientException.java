package io.github.jsm2fa.jsmsync.client;

/**
 * A JSM call failed for good: an HTTP error other than a retried 429/503, a timeout, a malformed
 * body, or retries exhausted. The message names the path and status, never a credential.
 */
public class JsmClientException extends RuntimeException {
  private final int status;

  public JsmClientException(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  public JsmClientException(String message, int status) {
    this(message, status, null);
  }

  /** The HTTP status, or 0 when the failure was not an HTTP answer. */
  public int status() {
    return status;
  }
}
