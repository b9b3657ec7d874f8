package io.github.jsm2fa.it.securityquestions;

import io.github.jsm2fa.it.support.KeycloakPage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlLabel;
import org.htmlunit.html.HtmlPage;

/** The login step of the security questions ({@code jsm2fa-security-questions-login.ftl}). */
final class SecurityQuestionsLoginPage extends KeycloakPage {

  static final String FORM_ID = "jsm2fa-security-questions-login-form";

  SecurityQuestionsLoginPage(HtmlPage page) {
    super(page);
    form(FORM_ID);
  }

  static boolean isShown(HtmlPage page) {
    return page.getElementById(FORM_ID) != null;
  }

  /** The questions asked, as their labels read, in field order. */
  List<String> askedQuestions() {
    List<String> questions = new ArrayList<>();
    for (int i = 0; page.getElementById("answer-" + i) != null; i++) {
      HtmlLabel label = page.getFirstByXPath("//label[@for='answer-" + i + "']");
      questions.add(label.getTextContent().strip());
    }
    return questions;
  }

  /** Types, for each question asked, the answer the function gives for its text, and submits. */
  HtmlPage answer(Function<String, String> answerFor) {
    HtmlForm form = form(FORM_ID);
    List<String> asked = askedQuestions();
    for (int i = 0; i < asked.size(); i++) {
      form.getInputByName("answer-" + i).setValue(answerFor.apply(asked.get(i)));
    }
    return click(page.getHtmlElementById("kc-login"));
  }

  /** The error bound to the answers, or "" when there is none. */
  String answersError() {
    return fieldError("answers");
  }
}
