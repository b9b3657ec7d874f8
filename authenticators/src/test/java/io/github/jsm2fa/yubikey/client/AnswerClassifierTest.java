package io.github.jsm2fa.yubikey.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerClassifierTest {

  private static final URI SERVER = URI.create("http://127.0.0.1:1/verify");
  private static final byte[] KEY = "the api key".getBytes(StandardCharsets.UTF_8);
  private static final String OTP = "vvfkbeunhdlctjgrbihltrvlhkjcivreddunhgvdlenb";
  private static final String NONCE = "0123456789abcdef0123456789abcdef";

  private static ValidationResponse answer(String status, byte[] key, String otp, String nonce) {
    Map<String, String> lines = new LinkedHashMap<>();
    lines.put("t", "2026-12-04T10:00:00Z0001");
    if (otp != null) {
      lines.put("otp", otp);
    }
    if (nonce != null) {
      lines.put("nonce", nonce);
    }
    lines.put("status", status);
    if (key != null) {
      lines.put("h", Hmac.sign(lines, key));
    }
    return new ValidationResponse(lines);
  }

  @ParameterizedTest(name = "{0} signed with the API key: {1}")
  @CsvSource({
    "OK, ACCEPTED",
    "BAD_OTP, REJECTED",
    "REPLAYED_OTP, REPLAYED",
    "REPLAYED_REQUEST, REPLAYED_REQUEST",
    "BAD_SIGNATURE, SERVICE_PROBLEM",
    "MISSING_PARAMETER, SERVICE_PROBLEM",
    "NO_SUCH_CLIENT, SERVICE_PROBLEM",
    "OPERATION_NOT_ALLOWED, SERVICE_PROBLEM",
    "BACKEND_ERROR, SERVICE_PROBLEM",
    "NOT_ENOUGH_ANSWERS, SERVICE_PROBLEM",
    "SOMETHING_NEW, SERVICE_PROBLEM",
  })
  void everyStatus_signedWithApiKey(String status, Verdict expected) {
    ServerAnswer classified =
        AnswerClassifier.classify(SERVER, answer(status, KEY, OTP, NONCE), OTP, NONCE, KEY);

    assertThat(classified.verdict()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} signed with an empty key: {1}")
  @CsvSource({
    "OK, TAMPERED",
    "BAD_OTP, TAMPERED",
    "REPLAYED_OTP, TAMPERED",
    "BACKEND_ERROR, SERVICE_PROBLEM",
    "NO_SUCH_CLIENT, SERVICE_PROBLEM",
    "BAD_SIGNATURE, SERVICE_PROBLEM",
  })
  void everyStatus_signedWithEmptyKey(String status, Verdict expected) {
    ServerAnswer classified =
        AnswerClassifier.classify(SERVER, answer(status, new byte[0], null, null), OTP, NONCE, KEY);

    assertThat(classified.verdict()).isEqualTo(expected);
  }

  @Test
  void documentedEarlyError_readsAsBackendError_notTampering() {
    ValidationResponse early =
        ValidationResponse.parse(
            "h=N/n7SIP/jgHdTRIlUFZqLtm9zr8=\r\nt=2025-03-04T10:15:30Z0123\r\nstatus=BACKEND_ERROR\r\n");

    ServerAnswer classified = AnswerClassifier.classify(SERVER, early, OTP, NONCE, KEY);

    assertThat(classified.verdict()).isEqualTo(Verdict.SERVICE_PROBLEM);
    assertThat(classified.status()).isEqualTo(ValidationStatus.BACKEND_ERROR);
    assertThat(classified.detail()).contains("empty key");
  }

  @ParameterizedTest(name = "OK with otp {0} and nonce {1}: {2}")
  @CsvSource({
    "sent, sent, ACCEPTED",
    "other, sent, TAMPERED",
    "sent, other, TAMPERED",
    "missing, sent, TAMPERED",
    "sent, missing, TAMPERED",
  })
  void ok_countsOnlyWhenOtpAndNonceEcho(String otp, String nonce, Verdict expected) {
    String echoedOtp = echo(otp, OTP, "cccccccccccc" + OTP.substring(12));
    String echoedNonce = echo(nonce, NONCE, "ffffffffffffffffffffffffffffffff");

    ServerAnswer classified =
        AnswerClassifier.classify(
            SERVER, answer("OK", KEY, echoedOtp, echoedNonce), OTP, NONCE, KEY);

    assertThat(classified.verdict()).isEqualTo(expected);
  }

  @Test
  void okWithUnsignedBody_isTampered_notSuccess() {
    ServerAnswer classified =
        AnswerClassifier.classify(SERVER, answer("OK", null, OTP, NONCE), OTP, NONCE, KEY);

    assertThat(classified.verdict()).isEqualTo(Verdict.TAMPERED);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "ACCEPTED REPLAYED_REQUEST, ACCEPTED",
    "REPLAYED_REQUEST ACCEPTED, ACCEPTED",
    "REPLAYED_REQUEST, SERVICE_PROBLEM",
    "ACCEPTED TAMPERED, TAMPERED",
    "SERVICE_PROBLEM ACCEPTED, ACCEPTED",
    "SERVICE_PROBLEM REJECTED, REJECTED",
    "REPLAYED REJECTED, REPLAYED",
    "SERVICE_PROBLEM SERVICE_PROBLEM, SERVICE_PROBLEM",
    "'', SERVICE_PROBLEM",
  })
  void answersCombine(String verdicts, Verdict expected) {
    List<ServerAnswer> answers =
        Arrays.stream(verdicts.split(" "))
            .filter(v -> !v.isEmpty())
            .map(v -> new ServerAnswer(SERVER, ValidationStatus.UNKNOWN, Verdict.valueOf(v), ""))
            .toList();

    assertThat(AnswerClassifier.combine(answers)).isEqualTo(expected);
  }

  private static String echo(String choice, String sent, String other) {
    return switch (choice) {
      case "sent" -> sent;
      case "missing" -> null;
      default -> other;
    };
  }
}
