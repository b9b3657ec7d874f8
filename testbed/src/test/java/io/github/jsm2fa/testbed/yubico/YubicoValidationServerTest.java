package io.github.jsm2fa.testbed.yubico;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YubicoValidationServerTest {

  private static final byte[] KEY = "simulator test key".getBytes(StandardCharsets.UTF_8);

  private final HttpClient http = HttpClient.newHttpClient();
  private final YubikeyOtpGenerator key = YubikeyOtpGenerator.random();
  private YubicoValidationServer server;

  @BeforeEach
  void start() throws Exception {
    server = YubicoValidationServer.start(0, "5", KEY);
    server.register(key);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void freshOtp_isOk_signedAndEchoed_thenReplayed() throws Exception {
    String otp = key.nextOtp();

    Map<String, String> first = ask("5", otp, "nonce0000000000001", KEY);
    Map<String, String> again = ask("5", otp, "nonce0000000000002", KEY);
    Map<String, String> sameRequest = ask("5", otp, "nonce0000000000002", KEY);

    assertThat(first).containsEntry("status", "OK").containsEntry("otp", otp);
    assertThat(first.get("h")).isEqualTo(ProtocolSignature.sign(first, KEY));
    assertThat(again).containsEntry("status", "REPLAYED_OTP");
    assertThat(sameRequest).containsEntry("status", "REPLAYED_REQUEST");
  }

  @Test
  void laterTouch_isOk_earlierCountersAreReplays() throws Exception {
    String earlier = key.nextOtp();
    String later = key.nextOtp();

    assertThat(ask("5", later, "n1n1n1n1n1n1n1n1", KEY)).containsEntry("status", "OK");
    assertThat(ask("5", earlier, "n2n2n2n2n2n2n2n2", KEY)).containsEntry("status", "REPLAYED_OTP");
  }

  @Test
  void unknownKey_wrongClient_wrongSignature() throws Exception {
    String otp = key.nextOtp();

    assertThat(ask("5", YubikeyOtpGenerator.random().nextOtp(), "n3n3n3n3n3n3n3n3", KEY))
        .containsEntry("status", "BAD_OTP");
    Map<String, String> noClient = ask("6", otp, "n4n4n4n4n4n4n4n4", KEY);
    assertThat(noClient).containsEntry("status", "NO_SUCH_CLIENT");
    assertThat(noClient.get("h")).isEqualTo(ProtocolSignature.sign(noClient, new byte[0]));
    assertThat(ask("5", otp, "n5n5n5n5n5n5n5n5", "other".getBytes()))
        .containsEntry("status", "BAD_SIGNATURE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"EMPTY_KEY_BACKEND_ERROR", "BAD_SIGNATURE", "EMPTY_200"})
  void faults_changeTheAnswer(String fault) throws Exception {
    server.fault(ValidationFault.valueOf(fault));

    Map<String, String> answer = ask("5", key.nextOtp(), "n6n6n6n6n6n6n6n6", KEY);

    switch (fault) {
      case "EMPTY_KEY_BACKEND_ERROR" -> {
        assertThat(answer).containsEntry("status", "BACKEND_ERROR").doesNotContainKey("otp");
        assertThat(answer.get("h")).isEqualTo(ProtocolSignature.sign(answer, new byte[0]));
      }
      case "BAD_SIGNATURE" -> {
        assertThat(answer).containsEntry("status", "OK");
        assertThat(answer.get("h")).isNotEqualTo(ProtocolSignature.sign(answer, KEY));
      }
      default -> assertThat(answer).isEmpty();
    }
  }

  private Map<String, String> ask(String id, String otp, String nonce, byte[] signingKey)
      throws Exception {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("id", id);
    query.put("nonce", nonce);
    query.put("otp", otp);
    query.put("h", ProtocolSignature.sign(query, signingKey));
    StringBuilder raw = new StringBuilder();
    query.forEach(
        (k, v) ->
            raw.append(raw.length() == 0 ? "" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    URI uri = URI.create(server.verifyUrl() + "?" + raw);
    String body =
        http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    Map<String, String> answer = new LinkedHashMap<>();
    for (String line : body.split("\r\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        answer.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return answer;
  }
}
