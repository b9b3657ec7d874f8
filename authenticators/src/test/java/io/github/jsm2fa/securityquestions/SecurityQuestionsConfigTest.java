package io.github.jsm2fa.securityquestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecurityQuestionsConfigTest {

  @Test
  void parse_null_givesDefaults() {
    SecurityQuestionsConfig config = SecurityQuestionsConfig.parse(null);

    assertThat(config.catalogue()).containsKeys("firstPet", "birthCity", "firstSchool");
    assertThat(config.catalogue())
        .hasSize(SecurityQuestionsConfigProperties.DEFAULT_QUESTIONS.size());
    assertThat(config.enrollCount()).isEqualTo(3);
    assertThat(config.askCount()).isEqualTo(2);
    assertThat(config.minAnswerLength()).isEqualTo(2);
  }

  @Test
  void parse_adminCatalogue_keepsIdsAndOrder() {
    SecurityQuestionsConfig config =
        SecurityQuestionsConfig.parse(
            Map.of(
                "questions", "pet=What was your first pet's name?##city = Where were you born?",
                "enrollCount", "2",
                "askCount", "1"));

    assertThat(config.questions())
        .containsExactly(
            new SecurityQuestion("pet", "What was your first pet's name?"),
            new SecurityQuestion("city", "Where were you born?"));
    assertThat(config.enrollCount()).isEqualTo(2);
    assertThat(config.askCount()).isEqualTo(1);
  }

  @Test
  void parse_textContainingEquals_splitsOnFirstOnly() {
    SecurityQuestionsConfig config =
        SecurityQuestionsConfig.parse(
            Map.of("questions", "a=1+1=?##b=B##c=C", "enrollCount", "1", "askCount", "1"));

    assertThat(config.catalogue().get("a").getText()).isEqualTo("1+1=?");
  }

  @ParameterizedTest(name = "[{index}] {0}={1} -> {2}")
  @CsvSource({
    "enrollCount, 0, jsm2fa-security-questions-count-too-small",
    "enrollCount, three, jsm2fa-security-questions-count-not-a-number",
    "enrollCount, 7, jsm2fa-security-questions-enroll-too-many",
    "askCount, 4, jsm2fa-security-questions-ask-too-many",
    "minAnswerLength, -1, jsm2fa-security-questions-count-too-small",
    "questions, no-equals-sign, jsm2fa-security-questions-question-invalid",
    "questions, bad id!=text, jsm2fa-security-questions-question-invalid",
    "questions, a=x##a=y##b=z##c=w, jsm2fa-security-questions-question-duplicate",
  })
  void parse_badValue_namesSettingAndMessage(String key, String value, String messageKey) {
    assertThatThrownBy(() -> SecurityQuestionsConfig.parse(Map.of(key, value)))
        .isInstanceOfSatisfying(
            SecurityQuestionsConfig.InvalidConfigException.class,
            e -> {
              assertThat(e.key()).isEqualTo(key);
              assertThat(e.messageKey()).isEqualTo(messageKey);
            });
  }
}
