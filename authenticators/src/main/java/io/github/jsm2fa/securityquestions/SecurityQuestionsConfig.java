package io.github.jsm2fa.securityquestions;

import static io.github.jsm2fa.securityquestions.SecurityQuestionsConfigProperties.*;

import io.github.jsm2fa.common.InvalidSettingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.keycloak.models.Constants;

/**
 * The typed settings of the security-questions method: parses the stored strings once and owns the
 * defaults, so a missing or partial config means defaults.
 */
public final class SecurityQuestionsConfig {

  private static final Pattern QUESTION_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final Map<String, SecurityQuestion> catalogue;
  private final int enrollCount;
  private final int askCount;
  private final int minAnswerLength;

  private SecurityQuestionsConfig(
      Map<String, SecurityQuestion> catalogue, int enrollCount, int askCount, int minAnswerLength) {
    this.catalogue = catalogue;
    this.enrollCount = enrollCount;
    this.askCount = askCount;
    this.minAnswerLength = minAnswerLength;
  }

  /**
   * Parses stored settings; {@code null} or missing keys mean defaults.
   *
   * @throws InvalidConfigException naming the setting that is wrong
   */
  public static SecurityQuestionsConfig parse(Map<String, String> config) {
    Map<String, String> values = config == null ? Map.of() : config;

    String questions = values.get(QUESTIONS);
    List<String> entries =
        questions == null || questions.isBlank()
            ? DEFAULT_QUESTIONS
            : List.of(Constants.CFG_DELIMITER_PATTERN.split(questions.strip()));
    Map<String, SecurityQuestion> catalogue = parseCatalogue(entries);

    int enroll = parseCount(values, ENROLL_COUNT, DEFAULT_ENROLL_COUNT);
    int ask = parseCount(values, ASK_COUNT, DEFAULT_ASK_COUNT);
    int minLength = parseCount(values, MIN_ANSWER_LENGTH, DEFAULT_MIN_ANSWER_LENGTH);

    if (enroll > catalogue.size()) {
      throw new InvalidConfigException(ENROLL_COUNT, "jsm2fa-security-questions-enroll-too-many");
    }
    if (ask > enroll) {
      throw new InvalidConfigException(ASK_COUNT, "jsm2fa-security-questions-ask-too-many");
    }
    return new SecurityQuestionsConfig(catalogue, enroll, ask, minLength);
  }

  private static Map<String, SecurityQuestion> parseCatalogue(List<String> entries) {
    Map<String, SecurityQuestion> catalogue = new LinkedHashMap<>();
    for (String entry : entries) {
      if (entry.isBlank()) {
        continue;
      }
      int eq = entry.indexOf('=');
      String id = eq < 0 ? "" : entry.substring(0, eq).strip();
      String text = eq < 0 ? "" : entry.substring(eq + 1).strip();
      if (!QUESTION_ID.matcher(id).matches() || text.isEmpty()) {
        throw new InvalidConfigException(QUESTIONS, "jsm2fa-security-questions-question-invalid");
      }
      if (catalogue.putIfAbsent(id, new SecurityQuestion(id, text)) != null) {
        throw new InvalidConfigException(QUESTIONS, "jsm2fa-security-questions-question-duplicate");
      }
    }
    return catalogue;
  }

  private static int parseCount(Map<String, String> values, String key, int defaultValue) {
    String raw = values.get(key);
    if (raw == null || raw.isBlank()) {
      return defaultValue;
    }
    try {
      int value = Integer.parseInt(raw.strip());
      if (value < 1) {
        throw new InvalidConfigException(key, "jsm2fa-security-questions-count-too-small");
      }
      return value;
    } catch (NumberFormatException e) {
      throw new InvalidConfigException(key, "jsm2fa-security-questions-count-not-a-number");
    }
  }

  /** The questions in the order the admin listed them, by id. */
  public Map<String, SecurityQuestion> catalogue() {
    return catalogue;
  }

  public List<SecurityQuestion> questions() {
    return new ArrayList<>(catalogue.values());
  }

  public int enrollCount() {
    return enrollCount;
  }

  public int askCount() {
    return askCount;
  }

  public int minAnswerLength() {
    return minAnswerLength;
  }

  /** A setting that cannot be used, with the message key that explains why. */
  public static final class InvalidConfigException extends InvalidSettingException {
    InvalidConfigException(String key, String messageKey) {
      super("security-questions", key, messageKey);
    }
  }
}
