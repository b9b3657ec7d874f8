package io.github.jsm2fa.testbed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Loopback ports for servers the testbed starts. */
public final class FreePort {

  private FreePort() {}

  /** A port that was free on 127.0.0.1 a moment ago. */
  // LIMITATION: the port is released before Keycloak binds it, so another process can take it in
  // between. The start then fails with "address already in use" in the log. A retry would fix it.
  public static int find() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free loopback port", e);
    }
  }

  /** Whether nothing listens on 127.0.0.1 at {@code port}. */
  public static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
