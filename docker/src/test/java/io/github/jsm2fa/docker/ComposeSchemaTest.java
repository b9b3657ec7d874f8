package io.github.jsm2fa.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The compose files validated against the Compose Specification's JSON schema after Compose's
 * interpolation. The schema comes from the npm package dclint (pinned in package-lock.json), which
 * ships the Compose Specification project's {@code schema/compose-spec.json} unchanged.
 */
class ComposeSchemaTest {

  private static final Path SCHEMA = Path.of("node_modules/dclint/schemas/compose.schema.json");

  private static Schema schema;

  @BeforeAll
  static void load() throws IOException {
    assertThat(SCHEMA)
        .as(
            "the schema; run `npm ci --ignore-scripts` in docker/ (the build does when it is missing)")
        .isRegularFile();
    JsonNode document = new ObjectMapper().readTree(SCHEMA.toFile());
    assertThat(document.path("title").asText()).isEqualTo("Compose Specification");

    // The schema's $id is relative; it resolves against where the file lies.
    SchemaLocation location = SchemaLocation.of(SCHEMA.toAbsolutePath().toUri().toString());
    schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(location, document);
  }

  @ParameterizedTest
  @ValueSource(strings = {ComposeFiles.MAIN, ComposeFiles.CLUSTER})
  void eachFile_isValidAfterInterpolation(String file) {
    JsonNode model = ComposeFiles.interpolated(file, ComposeFiles.EXAMPLE_VARIABLES);

    assertThat(messages(model)).as(file).isEmpty();
  }

  @Test
  void mergedModels_areValid() {
    ComposeFiles.models().forEach((name, model) -> assertThat(messages(model)).as(name).isEmpty());
  }

  @Test
  void schema_rejectsUnknownKeysWrongTypesAndValues() {
    ObjectNode model = (ObjectNode) ComposeFiles.models().get(ComposeFiles.MAIN).deepCopy();
    ObjectNode keycloak = (ObjectNode) model.path("services").path("keycloak");
    keycloak.put("restart_policy", "always");
    keycloak.put("ports", "8080:8080");
    ((ObjectNode) keycloak.path("depends_on").path("postgres")).put("condition", "healthy");
    model.putObject("service");

    assertThat(messages(model))
        .anySatisfy(m -> assertThat(m).contains("restart_policy"))
        .anySatisfy(m -> assertThat(m).contains("/services/keycloak/ports"))
        .anySatisfy(m -> assertThat(m).contains("condition"))
        .anySatisfy(m -> assertThat(m).contains("service"));
  }

  @ParameterizedTest
  @ValueSource(strings = {ComposeFiles.MAIN, ComposeFiles.CLUSTER})
  void missingHostname_stopsCompose(String file) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ComposeFiles.interpolated(file, Map.of()))
        .withMessageContaining("KC_HOSTNAME");
  }

  private static List<String> messages(JsonNode model) {
    return schema.validate(model).stream().map(Error::toString).toList();
  }
}
