package io.github.jsm2fa.yubikey.client;

import java.net.URI;
import java.util.List;

/**
 * The one place that decides what a validation server's answer means.
 *
 * <p>Only OK is success, and only when its signature verifies with the API key and it echoes the
 * OTP and nonce sent. BAD_OTP and REPLAYED_OTP are the customer's failures when their signature
 * verifies; with a signature that does not, they are treated like a forged OK. Every other status
 * is a service problem whatever its signature: servers sign early errors with an empty key.
 */
final class AnswerClassifier {

  private static final byte[] EMPTY_KEY = new byte[0];

  private AnswerClassifier() {}

  static ServerAnswer classify(
      URI server, ValidationResponse response, String otp, String nonce, byte[] apiKey) {
    ValidationStatus status = response.status();
    switch (status) {
      case OK, BAD_OTP, REPLAYED_OTP -> {
        if (!Hmac.verifies(response.parameters(), apiKey)) {
          return new ServerAnswer(server, status, Verdict.TAMPERED, "signature does not verify");
        }
        boolean strictEcho = status == ValidationStatus.OK;
        if (!echoes(response, "otp", otp, strictEcho)
            || !echoes(response, "nonce", nonce, strictEcho)) {
          return new ServerAnswer(server, status, Verdict.TAMPERED, "otp or nonce not echoed");
        }
        Verdict verdict =
            switch (status) {
              case OK -> Verdict.ACCEPTED;
              case BAD_OTP -> Verdict.REJECTED;
              default -> Verdict.REPLAYED;
            };
        return new ServerAnswer(server, status, verdict, "signature verified");
      }
      case REPLAYED_REQUEST -> {
        return new ServerAnswer(
            server, status, Verdict.REPLAYED_REQUEST, signedWith(response, apiKey));
      }
      default -> {
        return new ServerAnswer(
            server, status, Verdict.SERVICE_PROBLEM, signedWith(response, apiKey));
      }
    }
  }

  /** All answers together: a forgery anywhere wins, then a verified OK, then the failures. */
  static Verdict combine(List<ServerAnswer> answers) {
    for (Verdict verdict :
        List.of(Verdict.TAMPERED, Verdict.ACCEPTED, Verdict.REPLAYED, Verdict.REJECTED)) {
      if (answers.stream().anyMatch(a -> a.verdict() == verdict)) {
        return verdict;
      }
    }
    return Verdict.SERVICE_PROBLEM;
  }

  private static boolean echoes(
      ValidationResponse response, String key, String expected, boolean required) {
    String echoed = response.get(key);
    return echoed == null ? !required : echoed.equals(expected);
  }

  private static String signedWith(ValidationResponse response, byte[] apiKey) {
    if (Hmac.verifies(response.parameters(), apiKey)) {
      return "signed with the API key";
    }
    if (Hmac.verifies(response.parameters(), EMPTY_KEY)) {
      return "signed with an empty key (early server error)";
    }
    return "signature does not verify";
  }
}
