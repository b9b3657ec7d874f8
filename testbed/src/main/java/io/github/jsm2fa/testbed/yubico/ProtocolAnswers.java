package io.github.jsm2fa.testbed.yubico;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the simulated server answers a verify request, as yubikey-val does: early errors signed with
 * an empty key, then signature, OTP, replayed request and counter checks.
 */
final class ProtocolAnswers {

  private static final DateTimeFormatter T =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z0'SSS");

  private final String clientId;
  private final byte[] apiKey;
  private final Map<String, SimulatedKey> keys;
  private final Set<String> seenRequests = ConcurrentHashMap.newKeySet();

  ProtocolAnswers(String clientId, byte[] apiKey, Map<String, SimulatedKey> keys) {
    this.clientId = clientId;
    this.apiKey = apiKey;
    this.keys = keys;
  }

  Map<String, String> validate(Map<String, String> query) {
    String otp = query.get("otp");
    String nonce = query.get("nonce");
    if (query.get("id") == null || otp == null || nonce == null) {
      return earlyError("MISSING_PARAMETER");
    }
    if (!clientId.equals(query.get("id"))) {
      return earlyError("NO_SUCH_CLIENT");
    }
    if (query.get("h") == null || !query.get("h").equals(ProtocolSignature.sign(query, apiKey))) {
      return signed(query, "BAD_SIGNATURE", apiKey);
    }
    if (!otp.matches("[cbdefghijklnrtuv]{32,48}")) {
      return signed(query, "BAD_OTP", apiKey);
    }
    SimulatedKey key = keys.get(otp.substring(0, otp.length() - 32));
    Optional<int[]> counters =
        key == null ? Optional.empty() : key.decrypt(otp.substring(otp.length() - 32));
    if (counters.isEmpty()) {
      return signed(query, "BAD_OTP", apiKey);
    }
    if (!seenRequests.add(otp + "/" + nonce)) {
      return signed(query, "REPLAYED_REQUEST", apiKey);
    }
    if (!key.advance(counters.get()[0], counters.get()[1])) {
      return signed(query, "REPLAYED_OTP", apiKey);
    }
    Map<String, String> ok = new LinkedHashMap<>();
    ok.put("sessioncounter", String.valueOf(counters.get()[0]));
    ok.put("sessionuse", String.valueOf(counters.get()[1]));
    ok.put("timestamp", String.valueOf(counters.get()[2]));
    ok.put("sl", "100");
    return signed(query, "OK", apiKey, ok);
  }

  static Map<String, String> earlyError(String status) {
    Map<String, String> answer = new LinkedHashMap<>();
    answer.put("t", ZonedDateTime.now(ZoneOffset.UTC).format(T));
    answer.put("status", status);
    answer.put("h", ProtocolSignature.sign(answer, new byte[0]));
    return answer;
  }

  static Map<String, String> signed(Map<String, String> query, String status, byte[] key) {
    return signed(query, status, key, Map.of());
  }

  static Map<String, String> signed(
      Map<String, String> query, String status, byte[] key, Map<String, String> extra) {
    Map<String, String> answer = new LinkedHashMap<>();
    if (query.get("otp") != null) {
      answer.put("otp", query.get("otp"));
    }
    if (query.get("nonce") != null) {
      answer.put("nonce", query.get("nonce"));
    }
    answer.put("t", ZonedDateTime.now(ZoneOffset.UTC).format(T));
    answer.putAll(extra);
    answer.put("status", status);
    answer.put("h", ProtocolSignature.sign(answer, key));
    return answer;
  }
}
