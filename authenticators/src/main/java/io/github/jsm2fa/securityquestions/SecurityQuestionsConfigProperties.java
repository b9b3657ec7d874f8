package io.github.jsm2fa.securityquestions;

import java.util.List;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The settings of the security-questions method, declared once. They are set on the enrollment
 * required action (Authentication, Required actions, the gear beside "Security questions"); the
 * login step reads the same settings.
 */
public final class SecurityQuestionsConfigProperties {

  public static final String QUESTIONS = "questions";
  public static final String ENROLL_COUNT = "enrollCount";
  public static final String ASK_COUNT = "askCount";
  public static final String MIN_ANSWER_LENGTH = "minAnswerLength";

  /** Each default question is a message key, so it appears in the customer's language. */
  public static final List<String> DEFAULT_QUESTIONS =
      List.of(
          "firstPet=${securityQuestionsFirstPet}",
          "birthCity=${securityQuestionsBirthCity}",
          "firstSchool=${securityQuestionsFirstSchool}",
          "childhoodFriend=${securityQuestionsChildhoodFriend}",
          "firstEmployer=${securityQuestionsFirstEmployer}",
          "favouriteTeacher=${securityQuestionsFavouriteTeacher}");

  public static final int DEFAULT_ENROLL_COUNT = 3;
  public static final int DEFAULT_ASK_COUNT = 2;
  public static final int DEFAULT_MIN_ANSWER_LENGTH = 2;

  public static final List<ProviderConfigProperty> PROPERTIES =
      ProviderConfigurationBuilder.create()
          .property()
          .name(QUESTIONS)
          .label("jsm2fa-security-questions-questions-display-name")
          .helpText("jsm2fa-security-questions-questions-help-text")
          .type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
          .defaultValue(String.join("##", DEFAULT_QUESTIONS))
          .add()
          .property()
          .name(ENROLL_COUNT)
          .label("jsm2fa-security-questions-enroll-count-display-name")
          .helpText("jsm2fa-security-questions-enroll-count-help-text")
          .type(ProviderConfigProperty.INTEGER_TYPE)
          .defaultValue(DEFAULT_ENROLL_COUNT)
          .add()
          .property()
          .name(ASK_COUNT)
          .label("jsm2fa-security-questions-ask-count-display-name")
          .helpText("jsm2fa-security-questions-ask-count-help-text")
          .type(ProviderConfigProperty.INTEGER_TYPE)
          .defaultValue(DEFAULT_ASK_COUNT)
          .add()
          .property()
          .name(MIN_ANSWER_LENGTH)
          .label("jsm2fa-security-questions-min-answer-length-display-name")
          .helpText("jsm2fa-security-questions-min-answer-length-help-text")
          .type(ProviderConfigProperty.INTEGER_TYPE)
          .defaultValue(DEFAULT_MIN_ANSWER_LENGTH)
          .add()
          .build();

  private SecurityQuestionsConfigProperties() {}
}
