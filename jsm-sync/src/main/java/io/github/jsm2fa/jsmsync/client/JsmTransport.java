package io.github.jsm2fa.jsmsync.client;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/** Sends one GET. Kept as an interface so paging and retry rules are tested without sockets. */
public interface JsmTransport {

  /**
   * @throws IOException on a connection failure or a timeout
   */
  Response get(URI uri, Map<String, String> headers) throws IOException, InterruptedException;

  /**
   * @param retryAfter the raw Retry-After header, or null
   */
  record Response(int status, String retryAfter, String body) {}
}
