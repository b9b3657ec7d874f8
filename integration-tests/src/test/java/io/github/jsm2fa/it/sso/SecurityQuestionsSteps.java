package io.github.jsm2fa.it.sso;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlPasswordInput;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTextInput;

/**
 * Walks the security-question pages with answers derived from each question's id, so a customer who
 * enrolled here can answer at any later login.
 */
final class SecurityQuestionsSteps {

  static final String SETUP_FORM = "jsm2fa-security-questions-setup-form";
  static final String LOGIN_FORM = "jsm2fa-security-questions-login-form";
  static final String CHOOSE_FORM = "jsm2fa-choose-method-form";

  /** Ids of the ready realm's catalogue, in the order they are picked. */
  private static final List<String> CATALOGUE =
      List.of(
          "firstPet",
          "birthCity",
          "firstSchool",
          "childhoodFriend",
          "firstEmployer",
          "favouriteTeacher");

  private static final Map<String, String> ID_BY_ENGLISH_TEXT = englishTexts();

  private SecurityQuestionsSteps() {}

  static boolean isSetupShown(HtmlPage page) {
    return page.getElementById(SETUP_FORM) != null;
  }

  static boolean isLoginShown(HtmlPage page) {
    return page.getElementById(LOGIN_FORM) != null;
  }

  /**
   * On the 2FA policy's method choice, picks security questions and goes on; any other page is
   * returned as it is.
   */
  static HtmlPage chooseSecurityQuestionsIfAsked(HtmlPage page) {
    if (page.getElementById(CHOOSE_FORM) == null) {
      return page;
    }
    ((HtmlRadioButtonInput) page.getElementById("method-security-questions")).setChecked(true);
    return click(page.getElementById("jsm2fa-enroll"));
  }

  static HtmlPage enroll(HtmlPage page) {
    for (int slot = 0; page.getElementById("question-" + slot) != null; slot++) {
      String id = CATALOGUE.get(slot);
      ((HtmlSelect) page.getElementById("question-" + slot)).setSelectedAttribute(id, true);
      ((HtmlTextInput) page.getElementById("answer-" + slot)).setValue(answerFor(id));
    }
    return click(page.getElementById("jsm2fa-security-questions-save"));
  }

  static HtmlPage answer(HtmlPage page) {
    for (int slot = 0; page.getElementById("answer-" + slot) != null; slot++) {
      DomElement label = page.querySelector("label[for='answer-" + slot + "']");
      String id = ID_BY_ENGLISH_TEXT.get(label.getTextContent().strip());
      if (id == null) {
        throw new IllegalStateException("Unknown question: " + label.getTextContent().strip());
      }
      ((HtmlPasswordInput) page.getElementById("answer-" + slot)).setValue(answerFor(id));
    }
    return click(page.getElementById("kc-login"));
  }

  static String answerFor(String questionId) {
    return "answer to " + questionId;
  }

  private static HtmlPage click(DomElement element) {
    try {
      return (HtmlPage) ((HtmlElement) element).click();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> englishTexts() {
    Properties english = new Properties();
    String path = "theme-resources/messages/messages_en.properties";
    try (InputStream in = SecurityQuestionsSteps.class.getClassLoader().getResourceAsStream(path)) {
      english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> ids = new HashMap<>();
    for (String id : CATALOGUE) {
      String key =
          "securityQuestions" + id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
      ids.put(english.getProperty(key), id);
    }
    return ids;
  }
}
