package io.github.jsm2fa.it.securityquestions;

import io.github.jsm2fa.it.support.KeycloakPage;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;

/** The enrollment page of the security questions ({@code jsm2fa-security-questions-setup.ftl}). */
final class SecurityQuestionsSetupPage extends KeycloakPage {

  static final String FORM_ID = "jsm2fa-security-questions-setup-form";

  SecurityQuestionsSetupPage(HtmlPage page) {
    super(page);
    form(FORM_ID);
  }

  static boolean isShown(HtmlPage page) {
    return page.getElementById(FORM_ID) != null;
  }

  /** How many questions the page asks the customer to pick. */
  int slotCount() {
    return page.getByXPath("//form[@id='" + FORM_ID + "']//select").size();
  }

  /** Question ids offered in the first choice, in catalogue order (the empty choice left out). */
  java.util.List<String> offeredQuestionIds() {
    return form(FORM_ID).getSelectByName("question-0").getOptions().stream()
        .map(option -> option.getValueAttribute())
        .filter(value -> !value.isEmpty())
        .toList();
  }

  SecurityQuestionsSetupPage choose(int slot, String questionId, String answer) {
    HtmlForm form = form(FORM_ID);
    form.getSelectByName("question-" + slot).setSelectedAttribute(questionId, true);
    form.getInputByName("answer-" + slot).setValue(answer);
    return this;
  }

  HtmlPage save() {
    return click(page.getHtmlElementById("jsm2fa-security-questions-save"));
  }
}
