package io.github.jsm2fa.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComposeInterpolationTest {

  private static final ComposeInterpolation INTERPOLATION =
      new ComposeInterpolation(Map.of("SET", "value", "EMPTY", ""));

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "${SET}                | value",
        "$SET/x                | value/x",
        "${MISSING}            | ''",
        "${SET:-d}             | value",
        "${EMPTY:-d}           | d",
        "${EMPTY-d}            | ''",
        "${MISSING-d}          | d",
        "${MISSING:-${SET}}    | value",
        "${MISSING:-${NO:-x}}  | x",
        "${SET:+other}         | other",
        "${EMPTY:+other}       | ''",
        "${EMPTY+other}        | other",
        "${EMPTY?unused}       | ''",
        "$$SET                 | $SET",
        "cost $5               | cost $5",
        "a$                    | a$",
      })
  void interpolate_followsTheComposeSpecification(String text, String expected) {
    assertThat(INTERPOLATION.interpolate(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "${MISSING:?set MISSING} | required variable MISSING is missing a value: set MISSING",
        "${EMPTY:?no empty}      | required variable EMPTY is missing a value: no empty",
        "${MISSING?must}         | required variable MISSING is missing a value: must",
        "${SET                   | unclosed ${ in: ${SET",
        "${1X}                   | invalid interpolation format: ${1X}",
      })
  void interpolate_rejectsMissingRequiredAndMalformed(String text, String message) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> INTERPOLATION.interpolate(text))
        .withMessage(message);
  }
}
