package io.github.jsm2fa.securityquestions;

import java.util.List;

/**
 * What the security-questions pages show, bound as {@code securityQuestions} in the templates.
 * JavaBeans rather than records, because FreeMarker resolves record accessors as methods.
 */
public final class SecurityQuestionsFormBean {

  private final List<SecurityQuestion> catalogue;
  private final List<Slot> slots;

  /**
   * @param catalogue every question a customer may pick (enrollment page)
   * @param slots one entry per answer field
   */
  public SecurityQuestionsFormBean(List<SecurityQuestion> catalogue, List<Slot> slots) {
    this.catalogue = List.copyOf(catalogue);
    this.slots = List.copyOf(slots);
  }

  public List<SecurityQuestion> getCatalogue() {
    return catalogue;
  }

  public List<Slot> getSlots() {
    return slots;
  }

  /**
   * One answer field: on the enrollment page the question picked so far (or none), on the login
   * page the question asked.
   */
  public static final class Slot {
    private final int index;
    private final SecurityQuestion question;

    public Slot(int index, SecurityQuestion question) {
      this.index = index;
      this.question = question;
    }

    public int getIndex() {
      return index;
    }

    /** The question chosen or asked, or {@code null} when none is chosen yet. */
    public SecurityQuestion getQuestion() {
      return question;
    }

    public String getQuestionField() {
      return "question-" + index;
    }

    public String getAnswerField() {
      return "answer-" + index;
    }
  }
}
