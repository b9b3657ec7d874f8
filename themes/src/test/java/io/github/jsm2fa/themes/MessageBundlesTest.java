package io.github.jsm2fa.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text of the pack exists in every language the realm offers.
 *
 * <p>Reads whatever keys the English bundle holds, so keys added later by any feature are covered
 * without touching this test.
 */
class MessageBundlesTest {

  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

  /** A single quote that is not doubled: Keycloak's MessageFormat would swallow it. */
  private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

  /**
   * Keys of the admin and account consoles follow the {@code <provider-id>-...} pattern. Those
   * consoles show the text as it is, while login pages pass it through MessageFormat.
   */
  private static final String CONSOLE_KEY_PREFIX = "jsm2fa-";

  /** A key written out in a template: {@code msg("key")}. */
  private static final Pattern TEMPLATE_KEY = Pattern.compile("msg\\(\"([^\"]+)\"");

  /** Keys of Keycloak's own login bundle that the pack's templates use. */
  private static final Set<String> KEYCLOAK_KEYS = Set.of("username");

  @ParameterizedTest
  @ValueSource(strings = {"de", "fr", "es"})
  void translation_hasExactlyTheEnglishKeys(String language) throws IOException {
    Properties english = bundle("en");
    Properties translated = bundle(language);

    Set<String> missing = new TreeSet<>(english.stringPropertyNames());
    missing.removeAll(translated.stringPropertyNames());
    Set<String> stale = new TreeSet<>(translated.stringPropertyNames());
    stale.removeAll(english.stringPropertyNames());

    assertThat(missing).as("keys missing from messages_%s", language).isEmpty();
    assertThat(stale).as("keys of messages_%s that English no longer has", language).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "fr", "es"})
  void translation_keepsTheArgumentsOfEachText(String language) throws IOException {
    Properties english = bundle("en");
    Properties translated = bundle(language);

    for (String key : english.stringPropertyNames()) {
      String text = translated.getProperty(key);
      if (text != null) {
        assertThat(arguments(text))
            .as("arguments of %s in messages_%s", key, language)
            .isEqualTo(arguments(english.getProperty(key)));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "de", "fr", "es"})
  void bundle_hasNoBlankTextAndQuotesEachRendererShows(String language) throws IOException {
    Properties bundle = bundle(language);

    assertThat(bundle).as("messages_%s", language).isNotEmpty();
    for (String key : bundle.stringPropertyNames()) {
      String text = bundle.getProperty(key);
      assertThat(text).as("%s in messages_%s", key, language).isNotBlank();
      if (key.startsWith(CONSOLE_KEY_PREFIX)) {
        assertThat(text)
            .as("%s in messages_%s is shown as written; write ' once", key, language)
            .doesNotContain("''");
      } else {
        assertThat(LONE_QUOTE.matcher(text).find())
            .as("%s in messages_%s has a single quote MessageFormat drops; write ’", key, language)
            .isFalse();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "de", "fr", "es"})
  void bundle_namesEachKeyOnce(String language) throws IOException {
    String path = "theme-resources/messages/messages_" + language + ".properties";
    Set<String> seen = new TreeSet<>();
    Set<String> repeated = new TreeSet<>();
    try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(path)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        int equals = line.indexOf('=');
        if (line.isBlank() || line.startsWith("#") || equals < 0) {
          continue;
        }
        String key = line.substring(0, equals).strip();
        if (!seen.add(key)) {
          repeated.add(key);
        }
      }
    }

    // A repeated key hides the first text: only the last one is ever shown.
    assertThat(repeated).as("keys repeated in messages_%s", language).isEmpty();
  }

  @Test
  void templates_useOnlyKeysTheEnglishBundleHolds() throws Exception {
    Properties english = bundle("en");
    Path templates =
        Path.of(
            MessageBundlesTest.class
                .getClassLoader()
                .getResource("theme-resources/templates")
                .toURI());
    Set<String> unknown = new TreeSet<>();
    try (Stream<Path> files = Files.list(templates)) {
      for (Path template : files.filter(f -> f.toString().endsWith(".ftl")).toList()) {
        Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
        while (matcher.find()) {
          String key = matcher.group(1);
          if (!english.containsKey(key) && !KEYCLOAK_KEYS.contains(key)) {
            unknown.add(template.getFileName() + ": " + key);
          }
        }
      }
    }

    assertThat(unknown).as("keys the pages would show raw").isEmpty();
  }

  private static Set<String> arguments(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = ARGUMENT.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static Properties bundle(String language) throws IOException {
    String path = "theme-resources/messages/messages_" + language + ".properties";
    try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      Properties properties = new Properties();
      // Keycloak reads message bundles as UTF-8.
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    }
  }
}
