package io.github.jsm2fa.testbed.yubico;

import java.io.IOException;
import java.util.Base64;

/**
 * The demo's simulated YubiKey and the local validation server that knows it, so a newcomer can try
 * the YubiKey step without owning a key. The key's secrets are published here on purpose: it exists
 * only in this simulator.
 */
public final class DemoYubikey implements AutoCloseable {

  public static final String CLIENT_ID = "1";
  public static final String API_KEY_BASE64 = "ZGVtby1hcGkta2V5LW5vdC1zZWNyZXQ=";
  public static final String NEXT_OTP_PATH = "/demo/next-otp";

  private final YubikeyOtpGenerator key =
      new YubikeyOtpGenerator(
          "ccccbelieved", "0d0e0f101112", "5f4dcc3b5aa765d61d8327deb882cf99", 1);
  private final YubicoValidationServer server;

  private DemoYubikey(YubicoValidationServer server) {
    this.server = server;
  }

  /** Starts the validation server on 127.0.0.1 at {@code port} (0 for any free port). */
  public static DemoYubikey start(int port) throws IOException {
    YubicoValidationServer server =
        YubicoValidationServer.start(port, CLIENT_ID, Base64.getDecoder().decode(API_KEY_BASE64));
    DemoYubikey demo = new DemoYubikey(server);
    server.register(demo.key);
    server.showNextOtpAt(NEXT_OTP_PATH, demo.key);
    return demo;
  }

  public YubicoValidationServer server() {
    return server;
  }

  public YubikeyOtpGenerator key() {
    return key;
  }

  public String nextOtpPage() {
    return "http://127.0.0.1:" + server.port() + NEXT_OTP_PATH;
  }

  @Override
  public void close() {
    server.close();
  }

  /** Runs the demo validation server alone: {@code DemoYubikey [port]}; Ctrl-C stops it. */
  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    DemoYubikey demo = start(port);
    System.out.println("Validation server: " + demo.server.verifyUrl());
    System.out.println("Client id: " + CLIENT_ID + ", API key: " + API_KEY_BASE64);
    System.out.println("Demo key " + demo.key.publicId() + ": next OTP at " + demo.nextOtpPage());
    Thread.currentThread().join();
  }
}
