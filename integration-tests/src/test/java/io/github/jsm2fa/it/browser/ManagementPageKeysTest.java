package io.github.jsm2fa.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every key the management page names (in {@code index.html} and {@code app.js}, both from the
 * authenticators jar) has an English text, which the page falls back to; the themes module's
 * MessageBundlesTest then holds the other languages to the English keys.
 */
class ManagementPageKeysTest {

  private static final Pattern KEY = Pattern.compile("\\bmanage[A-Z]\\w*");

  @Test
  void everyKeyOfThePage_hasAnEnglishText() throws IOException {
    Properties english = MessageBundles.of("en");

    Set<String> used = new TreeSet<>();
    for (String file : new String[] {"jsm2fa-manage/index.html", "jsm2fa-manage/app.js"}) {
      try (InputStream in = resource(file)) {
        Matcher keys = KEY.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        while (keys.find()) {
          used.add(keys.group());
        }
      }
    }

    // app.js builds the keys of server codes from a prefix; those prefixes are not texts.
    used.removeAll(
        Set.of("manageDecision", "manageImportKind", "manageImportStatus", "manageResultError"));
    assertThat(used).hasSizeGreaterThan(50);
    assertThat(english.stringPropertyNames()).containsAll(used);
  }

  private static InputStream resource(String path) {
    InputStream in = ManagementPageKeysTest.class.getClassLoader().getResourceAsStream(path);
    assertThat(in).as(path).isNotNull();
    return in;
  }
}
