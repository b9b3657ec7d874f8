package io.github.jsm2fa.testbed.yubico;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A page that plays one touch of a simulated key: each load shows its next OTP. */
final class NextOtpPage {

  private NextOtpPage() {}

  static void answer(HttpExchange exchange, YubikeyOtpGenerator key) throws IOException {
    String otp = key.nextOtp();
    String html =
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Demo YubiKey</title></head><body>"
            + "<h1>Demo YubiKey "
            + key.publicId()
            + "</h1>"
            + "<p>Copy this one-time code into the YubiKey field. Reload for the next touch.</p>"
            + "<p><code id=\"otp\">"
            + otp
            + "</code></p></body></html>";
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
