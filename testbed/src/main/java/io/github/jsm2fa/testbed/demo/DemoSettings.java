package io.github.jsm2fa.testbed.demo;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Command-line settings of {@link DemoMain}, given as {@code --name=value}. */
record DemoSettings(
    Path distribution, Path providers, Path realms, Path runDir, int port, String realm) {

  static final String USAGE =
      "usage: DemoMain --distribution=DIR --providers=DIR --realms=DIR --run-dir=DIR"
          + " [--port=8080] [--realm=jsm-portal]";

  static DemoSettings parse(String... args) {
    Map<String, String> values = new HashMap<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (!arg.startsWith("--") || equals < 0) {
        throw new IllegalArgumentException("Unexpected argument " + arg + "\n" + USAGE);
      }
      values.put(arg.substring(2, equals), arg.substring(equals + 1));
    }
    return new DemoSettings(
        path(values, "distribution"),
        path(values, "providers"),
        path(values, "realms"),
        path(values, "run-dir"),
        Integer.parseInt(values.getOrDefault("port", "8080")),
        values.getOrDefault("realm", "jsm-portal"));
  }

  private static Path path(Map<String, String> values, String name) {
    String value = values.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Missing --" + name + "\n" + USAGE);
    }
    return Path.of(value).toAbsolutePath().normalize();
  }
}
