package io.github.jsm2fa.management;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ManagementPageTemplateTest {

  private static final Locale GERMAN = Locale.GERMAN;

  @Test
  void messages_textTheLanguageLacks_isEnglish() {
    Properties english = properties("manageTitle", "Manage", "manageSignIn", "Sign in");
    Properties german = properties("manageTitle", "Verwalten");

    Map<String, String> texts = ManagementPageTemplate.messages(german, english, GERMAN);

    assertThat(texts)
        .containsEntry("manageTitle", "Verwalten")
        .containsEntry("manageSignIn", "Sign in");
  }

  @Test
  void messages_onlyThePagesKeys_quotesAsMessageFormatShowsThem_argumentsKept() {
    Properties english =
        properties(
            "manageSummary", "{0}: {1} of {2} done, isn''t it",
            "policyMethodTotp", "Authenticator app",
            "policyMethodTotpHelp", "A code",
            "doLogIn", "Sign in",
            "jsm2fa-manage-x", "x");

    Map<String, String> texts = ManagementPageTemplate.messages(english, english, Locale.ENGLISH);

    assertThat(texts)
        .containsOnly(
            Map.entry("manageSummary", "{0}: {1} of {2} done, isn't it"),
            Map.entry("policyMethodTotp", "Authenticator app"));
  }

  @Test
  void render_fillsLanguageAndEscapedTexts() {
    String page =
        ManagementPageTemplate.render(
            "<html lang=\"{{lang}}\"><h1>{{manageHeading}}</h1><b title=\"{{manageTip}}\">",
            Locale.forLanguageTag("de-CH"),
            Map.of("manageHeading", "Kunden <b>&</b>", "manageTip", "\"quoted\" 'single'"));

    assertThat(page)
        .isEqualTo(
            "<html lang=\"de-CH\"><h1>Kunden &lt;b&gt;&amp;&lt;/b&gt;</h1>"
                + "<b title=\"&quot;quoted&quot; &#39;single&#39;\">");
  }

  @Test
  void render_unknownKey_showsNothingRatherThanTheKey() {
    String page = ManagementPageTemplate.render("<p>{{manageMissing}}</p>", GERMAN, Map.of());

    assertThat(page).isEqualTo("<p></p>");
  }

  @Test
  void render_messagesJson_cannotCloseItsScriptElement() {
    String page =
        ManagementPageTemplate.render(
            "<script type=\"application/json\">{{messages}}</script>",
            GERMAN,
            Map.of("manageX", "</script><script>alert(1)</script> & \u2028"));

    assertThat(page)
        .isEqualTo(
            "<script type=\"application/json\">{\"manageX\":\"\\u003c/script\\u003e"
                + "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u2028\"}</script>");
  }

  private static Properties properties(String... keysAndTexts) {
    Properties properties = new Properties();
    for (int i = 0; i < keysAndTexts.length; i += 2) {
      properties.setProperty(keysAndTexts[i], keysAndTexts[i + 1]);
    }
    return properties;
  }
}
