package io.github.jsm2fa.securityquestions;

import java.util.Map;
import org.keycloak.credential.CredentialInput;

/**
 * Answers typed at login, by question id, checked through the user's credential manager.
 *
 * <p>{@link #toString()} never shows the answers.
 */
public final class SecurityAnswersInput implements CredentialInput {

  private final Map<String, String> answers;

  public SecurityAnswersInput(Map<String, String> answers) {
    this.answers = Map.copyOf(answers);
  }

  /** The typed answers by question id, as typed. */
  public Map<String, String> answers() {
    return answers;
  }

  @Override
  public String getCredentialId() {
    return null;
  }

  @Override
  public String getType() {
    return SecurityQuestionsCredentialModel.TYPE;
  }

  @Override
  public String getChallengeResponse() {
    // The answers are read through answers(); a single string would invite logging them.
    return null;
  }

  @Override
  public String toString() {
    return "SecurityAnswersInput[questions=" + answers.keySet() + "]";
  }
}
