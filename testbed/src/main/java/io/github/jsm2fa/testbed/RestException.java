package io.github.jsm2fa.testbed;

/** A REST call answered with an error status. */
public final class RestException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final int MAX_BODY = 500;

  private final int status;

  RestException(int status, String path, String body) {
    super(
        "HTTP "
            + status
            + " from "
            + path
            + ": "
            + (body.length() > MAX_BODY ? body.substring(0, MAX_BODY) + "..." : body));
    this.status = status;
  }

  public int status() {
    return status;
  }
}
