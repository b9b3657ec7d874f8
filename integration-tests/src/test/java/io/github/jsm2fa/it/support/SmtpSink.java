package io.github.jsm2fa.it.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An SMTP server on 127.0.0.1 that accepts every message and keeps it, for the e-mails Keycloak
 * sends (password reset links). Plain SMTP without TLS or authentication, one client at a time.
 */
public final class SmtpSink implements AutoCloseable {

  private final ServerSocket server;
  private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
  private final Thread acceptor;

  public SmtpSink() {
    try {
      server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException("No loopback port for the SMTP sink", e);
    }
    acceptor = new Thread(this::serve, "smtp-sink");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return server.getLocalPort();
  }

  /** The next message received (headers and body as sent), waiting up to {@code timeout}. */
  public String next(Duration timeout) {
    try {
      String message = messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (message == null) {
        throw new IllegalStateException("No e-mail arrived within " + timeout);
      }
      return message;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void serve() {
    while (!server.isClosed()) {
      try (Socket client = server.accept()) {
        converse(client);
      } catch (IOException e) {
        // The server was closed, or a client went away mid-message: wait for the next one.
      }
    }
  }

  private void converse(Socket client) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
    OutputStream out = client.getOutputStream();
    reply(out, "220 localhost jsm2fa test sink");
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase();
      switch (command) {
        case "EHLO", "HELO" -> reply(out, "250 localhost");
        case "DATA" -> {
          reply(out, "354 end with a line holding a single dot");
          messages.add(readData(in));
          reply(out, "250 kept");
        }
        case "QUIT" -> {
          reply(out, "221 bye");
          return;
        }
        default -> reply(out, "250 ok");
      }
    }
  }

  private static String readData(BufferedReader in) throws IOException {
    StringBuilder message = new StringBuilder();
    for (String line = in.readLine(); line != null && !line.equals("."); line = in.readLine()) {
      // A leading dot is doubled on the wire (RFC 5321, 4.5.2).
      message.append(line.startsWith("..") ? line.substring(1) : line).append('\n');
    }
    return message.toString();
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
