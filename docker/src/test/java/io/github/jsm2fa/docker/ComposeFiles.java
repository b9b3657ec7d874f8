package io.github.jsm2fa.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The compose files as Compose reads them: each interpolated on its own, then merged in order. */
final class ComposeFiles {

  static final String MAIN = "compose.yaml";
  static final String CLUSTER = "compose.cluster.yaml";

  /** The README's example for the one variable without a default; the others keep theirs. */
  static final Map<String, String> EXAMPLE_VARIABLES =
      Map.of("KC_HOSTNAME", "https://sso.example.com");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private ComposeFiles() {}

  static JsonNode read(String file) {
    try {
      return YAML.readTree(Path.of(file).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode interpolated(String file, Map<String, String> variables) {
    return new ComposeInterpolation(variables).apply(read(file));
  }

  /** The models Compose runs: the main file alone, and the main file with the cluster override. */
  static Map<String, JsonNode> models() {
    Map<String, JsonNode> models = new LinkedHashMap<>();
    JsonNode main = interpolated(MAIN, EXAMPLE_VARIABLES);
    models.put(MAIN, main);
    models.put(MAIN + " + " + CLUSTER, merge(main, interpolated(CLUSTER, EXAMPLE_VARIABLES)));
    return models;
  }

  /**
   * Mappings merged key by key, sequences appended, other values replaced. Compose also merges
   * sequence entries that share a key (a port, a secret's target); the override adds none such.
   */
  static JsonNode merge(JsonNode base, JsonNode override) {
    if (base instanceof ObjectNode baseObject && override.isObject()) {
      ObjectNode merged = baseObject.deepCopy();
      override
          .properties()
          .forEach(
              field ->
                  merged.set(
                      field.getKey(),
                      merged.has(field.getKey())
                          ? merge(merged.get(field.getKey()), field.getValue())
                          : field.getValue()));
      return merged;
    }
    if (base instanceof ArrayNode baseArray && override.isArray()) {
      return baseArray.deepCopy().addAll((ArrayNode) override);
    }
    return override;
  }
}
