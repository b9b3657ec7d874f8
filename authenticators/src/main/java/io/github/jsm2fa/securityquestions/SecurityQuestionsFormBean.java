package io.github.jsm2fa.securityquestions;

import java.util.List;

/**
 * What the security-questions pages show, bound as {@code securityQuestions} in the templates.
 *
 * @param catalogue every question a customer may pick (enrollment page)
 * @param slots one entry per question to answer: on the enrollment page the question picked so far
 *     (or {@code null}), on the login page the question asked
 */
public record SecurityQuestionsFormBean(List<SecurityQuestion> catalogue, List<Slot> slots) {

  /**
   * One answer field.
   *
   * @param index the field's position, used in its form names ({@code question-N}, {@code
   *     answer-N})
   * @param question the question chosen or asked, or {@code null} when none is chosen yet
   */
  public record Slot(int index, SecurityQuestion question) {

    public String getQuestionField() {
      return "question-" + index;
    }

    public String getAnswerField() {
      return "answer-" + index;
    }
  }
}
