package io.github.jsm2fa.yubikey.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidationResponseTest {

  @ParameterizedTest(name = "line ending {0}")
  @ValueSource(strings = {"\r\n", "\n"})
  void lines_splitOnFirstEquals_withEitherLineEnding(String eol) {
    String body = "h=ab+c/d==" + eol + "t=2025-03-04T10:15:30Z0123" + eol + "status=OK" + eol + eol;

    ValidationResponse response = ValidationResponse.parse(body);

    assertThat(response.get("h")).isEqualTo("ab+c/d==");
    assertThat(response.get("t")).isEqualTo("2025-03-04T10:15:30Z0123");
    assertThat(response.status()).isEqualTo(ValidationStatus.OK);
  }

  @ParameterizedTest(name = "[{index}] body ''{0}''")
  @ValueSource(strings = {"", "<html>hello</html>", "status=ok", "status=MAYBE", "status"})
  void bodyWithoutAKnownStatus_isUnknown(String body) {
    assertThat(ValidationResponse.parse(body).status()).isEqualTo(ValidationStatus.UNKNOWN);
  }

  @org.junit.jupiter.api.Test
  void repeatedKey_makesTheAnswerUnreadable() {
    String body = "status=BAD_OTP\nstatus=OK\n";

    assertThat(ValidationResponse.parse(body).status()).isEqualTo(ValidationStatus.UNKNOWN);
  }
}
