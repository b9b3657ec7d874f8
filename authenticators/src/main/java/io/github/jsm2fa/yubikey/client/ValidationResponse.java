package io.github.jsm2fa.yubikey.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A validation server's answer: {@code key=value} lines, CRLF or LF, split on the first =. */
record ValidationResponse(Map<String, String> parameters) {

  static ValidationResponse parse(String body) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String rawLine : body.split("\n")) {
      String line = rawLine.endsWith("\r") ? rawLine.substring(0, rawLine.length() - 1) : rawLine;
      int separator = line.indexOf('=');
      if (separator <= 0) {
        continue;
      }
      String previous =
          parameters.putIfAbsent(line.substring(0, separator), line.substring(separator + 1));
      if (previous != null) {
        // A repeated key makes the signed text ambiguous: read the answer as no answer.
        return new ValidationResponse(Map.of());
      }
    }
    return new ValidationResponse(Collections.unmodifiableMap(parameters));
  }

  ValidationStatus status() {
    return ValidationStatus.parse(parameters.get("status"));
  }

  String get(String key) {
    return parameters.get(key);
  }
}
