package io.github.jsm2fa.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RawMessageKeysTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Answer your security questions",
        "Signed in as carol@example.com",
        "Wählen Sie eine Frage aus.",
        "Répondez à vos questions de sécurité",
        "Question 1 of 3: JavaScript is disabled",
      })
  void translatedText_hasNoRawKey(String text) {
    assertThat(RawMessageKeys.in(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "securityQuestionsLoginTitle",
        "Please: ssoEmailMissing",
        "jsm2fa-security-questions-display-name",
        "${securityQuestionsFirstPet}",
        "doLogIn",
      })
  void rawKey_isFound(String text) {
    assertThat(RawMessageKeys.in(text)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Signed in as customerOne", "doLogIn"})
  void camelCaseData_isLeftToTheStrictCheck(String text) {
    assertThat(RawMessageKeys.packKeysIn(text)).isEmpty();
    assertThat(RawMessageKeys.in(text)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"securityQuestionsInvalid", "Hello ${name}"})
  void packKeyOrPlaceholder_isFoundByTheLenientCheckToo(String text) {
    assertThat(RawMessageKeys.packKeysIn(text)).isNotEmpty();
  }
}
