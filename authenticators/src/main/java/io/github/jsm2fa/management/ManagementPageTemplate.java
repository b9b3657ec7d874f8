package io.github.jsm2fa.management;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Fills the management page's {@code index.html}: {@code {{lang}}} with the page's language, {@code
 * {{messages}}} with the page's texts as JSON for {@code app.js}, and {@code {{someKey}}} with that
 * message, HTML-escaped. A text the chosen language lacks is taken from English; no key is ever
 * shown in place of a text.
 */
final class ManagementPageTemplate {

  /**
   * The page's keys ({@code manageTitle}, {@code manageActionResetMfa}, ...) and the names of the
   * 2FA methods the customers' pages use ({@code policyMethodTotp}, ...).
   */
  static final Pattern KEY = Pattern.compile("manage[A-Z]\\w*|policyMethod[A-Z][A-Za-z]*(?<!Help)");

  private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)}}");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Logger LOG = Logger.getLogger(ManagementPageTemplate.class);

  private ManagementPageTemplate() {}

  /**
   * The page's texts: every {@code manage...} key of English, in the chosen language where it has
   * one. Each passes through MessageFormat as on Keycloak's pages, so {@code ''} shows as one quote
   * while {@code {0}} stays for {@code app.js} to fill.
   */
  static Map<String, String> messages(Properties chosen, Properties english, Locale locale) {
    Map<String, String> texts = new TreeMap<>();
    for (String key : english.stringPropertyNames()) {
      if (KEY.matcher(key).matches()) {
        texts.put(key, unquote(chosen.getProperty(key, english.getProperty(key)), locale));
      }
    }
    return texts;
  }

  static String render(String template, Locale locale, Map<String, String> messages) {
    Matcher slots = SLOT.matcher(template);
    StringBuilder page = new StringBuilder();
    while (slots.find()) {
      String name = slots.group(1);
      String value =
          switch (name) {
            case "lang" -> escapeHtml(locale.toLanguageTag());
            case "messages" -> scriptJson(messages);
            default -> escapeHtml(text(messages, name));
          };
      slots.appendReplacement(page, Matcher.quoteReplacement(value));
    }
    slots.appendTail(page);
    return page.toString();
  }

  private static String text(Map<String, String> messages, String key) {
    String text = messages.get(key);
    if (text == null) {
      // The integration tests' key check keeps this from happening; an empty text beats a key.
      LOG.warnf("The management page uses %s, which the English bundle lacks", key);
      return "";
    }
    return text;
  }

  private static String unquote(String text, Locale locale) {
    try {
      return new MessageFormat(text, locale).format(new Object[0]);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  static String escapeHtml(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** JSON that cannot end the {@code <script>} element it sits in. */
  static String scriptJson(Map<String, String> messages) {
    try {
      return JSON.writeValueAsString(messages)
          .replace("<", "\\u003c")
          .replace(">", "\\u003e")
          .replace("&", "\\u0026")
          .replace("\u2028", "\\u2028")
          .replace("\u2029", "\\u2029");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Messages are plain strings", e);
    }
  }
}
