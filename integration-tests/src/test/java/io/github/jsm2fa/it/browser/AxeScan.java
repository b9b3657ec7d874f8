package io.github.jsm2fa.it.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jsm2fa.it.support.Chromium;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs axe-core (from the npm registry, installed under {@code integration-tests/node_modules}) on
 * the page Chromium shows, and keeps the full report as test output.
 */
public final class AxeScan {

  /** The impacts a page of the pack must not have. */
  public static final Set<String> BLOCKING = Set.of("serious", "critical");

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String RUN =
      "const done = arguments[arguments.length - 1];"
          + "axe.run(document, {resultTypes: ['violations']})"
          + ".then(r => done(JSON.stringify(r.violations)))"
          + ".catch(e => done(JSON.stringify({error: String(e)})));";

  private final String script;

  private AxeScan(String script) {
    this.script = script;
  }

  public static AxeScan load() {
    Path path =
        Path.of(System.getProperty("jsm2fa.axe.script", "node_modules/axe-core/axe.min.js"));
    if (!Files.isReadable(path)) {
      throw new IllegalStateException(
          path + " is missing: run `npm ci` in integration-tests (the build does when it is)");
    }
    try {
      return new AxeScan(Files.readString(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Scans the current page, writes {@code reportDir/name.json}, returns the blocking findings. */
  public List<String> blockingViolations(Chromium chromium, Path reportDir, String name) {
    JavascriptExecutor js = chromium.driver();
    js.executeScript(script);
    String result = (String) js.executeAsyncScript(RUN);

    try {
      JsonNode violations = JSON.readTree(result);
      if (violations.has("error")) {
        throw new IllegalStateException("axe-core failed: " + violations.get("error").asText());
      }
      Files.createDirectories(reportDir);
      Files.writeString(
          reportDir.resolve(name + ".json"),
          JSON.writerWithDefaultPrettyPrinter().writeValueAsString(violations));
      List<String> blocking = new ArrayList<>();
      for (JsonNode violation : violations) {
        if (BLOCKING.contains(violation.path("impact").asText())) {
          blocking.add(
              violation.path("impact").asText()
                  + " "
                  + violation.path("id").asText()
                  + ": "
                  + violation.path("help").asText()
                  + " ("
                  + violation.path("nodes").size()
                  + " elements)");
        }
      }
      return blocking;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
