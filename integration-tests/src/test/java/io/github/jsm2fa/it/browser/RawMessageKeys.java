package io.github.jsm2fa.it.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds message keys a page shows instead of their text: every key of the pack's English bundles
 * (read from the classpath, so keys added later are covered), unresolved {@code ${...}}
 * placeholders, and camel-case words such as {@code doLogIn}, the shape of Keycloak's own keys.
 */
public final class RawMessageKeys {

  private static final String BUNDLE = "theme-resources/messages/messages_en.properties";
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_.-]+");
  private static final Pattern CAMEL_CASE = Pattern.compile("^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}");

  private static final Set<String> PACK_KEYS = packKeys();

  private RawMessageKeys() {}

  /** Keys of the pack, Keycloak's keys and placeholders in a page's visible text. */
  public static Set<String> in(String visibleText) {
    return find(visibleText, true);
  }

  /**
   * Keys of the pack and placeholders only: safe on any page a test visits, where a camel-case word
   * may be legitimate data such as a username.
   */
  public static Set<String> packKeysIn(String visibleText) {
    return find(visibleText, false);
  }

  private static Set<String> find(String text, boolean camelCase) {
    Set<String> found = new TreeSet<>();
    Matcher placeholders = PLACEHOLDER.matcher(text);
    while (placeholders.find()) {
      found.add(placeholders.group());
    }
    Matcher words = WORD.matcher(text);
    while (words.find()) {
      String word = words.group();
      if (PACK_KEYS.contains(word) || (camelCase && CAMEL_CASE.matcher(word).matches())) {
        found.add(word);
      }
    }
    return found;
  }

  static Set<String> packKeys() {
    Set<String> keys = new HashSet<>();
    try {
      List<URL> bundles =
          Collections.list(RawMessageKeys.class.getClassLoader().getResources(BUNDLE));
      for (URL bundle : bundles) {
        try (InputStream in = bundle.openStream()) {
          Properties properties = new Properties();
          properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
          keys.addAll(properties.stringPropertyNames());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (keys.isEmpty()) {
      throw new IllegalStateException("No " + BUNDLE + " on the test classpath");
    }
    return Set.copyOf(keys);
  }
}
