package io.github.jsm2fa.it.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The pack's message bundles from the test classpath, for comparing a page's texts with them. */
public final class MessageBundles {

  private MessageBundles() {}

  public static Properties of(String language) {
    String path = "theme-resources/messages/messages_" + language + ".properties";
    Properties properties = new Properties();
    try (InputStream in = MessageBundles.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("No " + path + " on the test classpath");
      }
      // Keycloak reads message bundles as UTF-8.
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
