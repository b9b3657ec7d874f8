package io.github.jsm2fa.securityquestions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.jsm2fa.common.StoredCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.util.JsonSerialization;

/**
 * The answers of one customer to the questions they picked.
 *
 * <p>The credential data (not secret) names the questions and the normalization version. The secret
 * data holds, per question, the hash of the normalized answer exactly as Keycloak stores a
 * password: the credential data and secret data of a {@link PasswordCredentialModel} made by the
 * realm's password hash provider.
 */
public class SecurityQuestionsCredentialModel extends CredentialModel {

  public static final String TYPE = "jsm2fa-security-questions";

  private final QuestionsData questionsData;
  private final AnswersData answersData;

  private SecurityQuestionsCredentialModel(QuestionsData questionsData, AnswersData answersData) {
    this.questionsData = questionsData;
    this.answersData = answersData;
  }

  /** Builds a new credential from answers already hashed by the realm's hash provider. */
  public static SecurityQuestionsCredentialModel create(
      Map<String, PasswordCredentialModel> hashedAnswers, int normalizationVersion) {
    QuestionsData questions = new QuestionsData();
    questions.normalization = normalizationVersion;
    questions.questionIds = List.copyOf(hashedAnswers.keySet());
    AnswersData answers = new AnswersData();
    hashedAnswers.forEach(
        (id, hash) -> {
          StoredAnswer stored = new StoredAnswer();
          stored.credentialData = hash.getCredentialData();
          stored.secretData = hash.getSecretData();
          answers.answers.put(id, stored);
        });

    SecurityQuestionsCredentialModel model =
        new SecurityQuestionsCredentialModel(questions, answers);
    model.setType(TYPE);
    model.setCreatedDate(Time.currentTimeMillis());
    try {
      model.setCredentialData(JsonSerialization.writeValueAsString(questions));
      model.setSecretData(JsonSerialization.writeValueAsString(answers));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not serialize a security-questions credential", e);
    }
    return model;
  }

  /** Reads a stored credential. */
  public static SecurityQuestionsCredentialModel createFromCredentialModel(CredentialModel stored) {
    try {
      QuestionsData questions =
          JsonSerialization.readValue(stored.getCredentialData(), QuestionsData.class);
      AnswersData answers = JsonSerialization.readValue(stored.getSecretData(), AnswersData.class);
      return StoredCredentials.copyStoredFields(
          stored, new SecurityQuestionsCredentialModel(questions, answers));
    } catch (IOException e) {
      // The message names the credential, never its content.
      throw new UncheckedIOException(
          "Unreadable security-questions credential " + stored.getId(), e);
    }
  }

  /** The ids of the enrolled questions, in enrollment order. */
  public List<String> getQuestionIds() {
    return questionsData.questionIds;
  }

  public int getNormalizationVersion() {
    return questionsData.normalization;
  }

  /** The stored hash of one answer, or {@code null} when that question was not enrolled. */
  public PasswordCredentialModel getAnswerHash(String questionId) {
    StoredAnswer stored = answersData.answers.get(questionId);
    if (stored == null) {
      return null;
    }
    CredentialModel hash = new CredentialModel();
    hash.setType(PasswordCredentialModel.TYPE);
    hash.setCredentialData(stored.credentialData);
    hash.setSecretData(stored.secretData);
    return PasswordCredentialModel.createFromCredentialModel(hash);
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  static class QuestionsData {
    @JsonProperty("normalization")
    int normalization = AnswerNormalizer.CURRENT_VERSION;

    @JsonProperty("questionIds")
    List<String> questionIds = List.of();
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  static class AnswersData {
    @JsonProperty("answers")
    Map<String, StoredAnswer> answers = new LinkedHashMap<>();
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  static class StoredAnswer {
    @JsonProperty("credentialData")
    String credentialData;

    @JsonProperty("secretData")
    String secretData;
  }
}
