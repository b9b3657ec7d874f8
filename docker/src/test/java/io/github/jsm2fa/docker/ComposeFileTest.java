package io.github.jsm2fa.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compose file checked against the essentials of the Compose Specification, since no Docker
 * engine or Compose binary runs on the build machines: known top-level and service keys, defined
 * references, health checks and secrets from files.
 */
class ComposeFileTest {

  private static final Set<String> TOP_LEVEL_KEYS =
      Set.of("name", "services", "networks", "volumes", "secrets", "configs", "include");

  /** The service keys of the Compose Specification this project may use. */
  private static final Set<String> SERVICE_KEYS =
      Set.of(
          "build",
          "command",
          "depends_on",
          "entrypoint",
          "environment",
          "env_file",
          "healthcheck",
          "image",
          "networks",
          "ports",
          "restart",
          "secrets",
          "volumes",
          "deploy",
          "labels",
          "logging",
          "user",
          "working_dir",
          "expose",
          "hostname",
          "stop_grace_period");

  private static final Set<String> RESTART_POLICIES =
      Set.of("no", "always", "on-failure", "unless-stopped");

  private static final Pattern PINNED_IMAGE = Pattern.compile("^[a-z0-9./_-]+:\\d+(\\.\\d+)+.*$");
  private static final Pattern DURATION = Pattern.compile("^(\\d+(us|ms|s|m|h))+$");

  private static JsonNode compose;

  @BeforeAll
  static void read() throws IOException {
    compose = new ObjectMapper(new YAMLFactory()).readTree(Path.of("compose.yaml").toFile());
  }

  @Test
  void topLevel_usesOnlySpecKeysAndNoObsoleteVersion() {
    assertThat(fieldNames(compose)).isSubsetOf(TOP_LEVEL_KEYS).contains("services");
  }

  @Test
  void services_useOnlySpecKeysAndPinnedImages() {
    compose
        .path("services")
        .properties()
        .forEach(
            service -> {
              JsonNode body = service.getValue();
              assertThat(fieldNames(body)).as(service.getKey()).isSubsetOf(SERVICE_KEYS);
              assertThat(body.has("image") || body.has("build")).as(service.getKey()).isTrue();
              if (!body.has("build")) {
                assertThat(body.path("image").asText()).as(service.getKey()).matches(PINNED_IMAGE);
              }
              assertThat(body.path("restart").asText("no")).isIn(RESTART_POLICIES);
            });
  }

  @Test
  void everyService_hasACompleteHealthCheck() {
    compose
        .path("services")
        .properties()
        .forEach(
            service -> {
              JsonNode check = service.getValue().path("healthcheck");
              assertThat(check.path("test").isArray()).as(service.getKey()).isTrue();
              assertThat(check.path("test").get(0).asText()).isIn("CMD", "CMD-SHELL");
              for (String duration : List.of("interval", "timeout", "start_period")) {
                assertThat(check.path(duration).asText())
                    .as("%s of %s", duration, service.getKey())
                    .matches(DURATION);
              }
              assertThat(check.path("retries").isInt()).isTrue();
            });
  }

  @Test
  void keycloak_waitsForAHealthyDatabaseAndImportsTheRealm() {
    JsonNode keycloak = compose.path("services").path("keycloak");

    assertThat(keycloak.path("depends_on").path("postgres").path("condition").asText())
        .isEqualTo("service_healthy");
    assertThat(texts(keycloak.path("command"))).contains("start", "--optimized", "--import-realm");
    assertThat(keycloak.path("build").path("context").asText())
        .isEqualTo("./target/docker-context");
  }

  @Test
  void references_pointToDefinedSecretsVolumesAndServices() {
    Set<String> services = Set.copyOf(fieldNames(compose.path("services")));
    compose
        .path("services")
        .properties()
        .forEach(
            service -> {
              JsonNode body = service.getValue();
              for (String secret : texts(body.path("secrets"))) {
                assertThat(compose.path("secrets").has(secret)).as(secret).isTrue();
              }
              for (String volume : texts(body.path("volumes"))) {
                String source = volume.split(":")[0];
                if (!source.startsWith(".") && !source.startsWith("/")) {
                  assertThat(compose.path("volumes").has(source)).as(volume).isTrue();
                }
              }
              assertThat(services).containsAll(fieldNames(body.path("depends_on")));
            });
  }

  @Test
  void secrets_comeFromFilesAndNoPasswordIsWrittenInTheFile() {
    compose
        .path("secrets")
        .properties()
        .forEach(
            s ->
                assertThat(s.getValue().has("file") || s.getValue().has("environment"))
                    .as(s.getKey())
                    .isTrue());
    compose
        .path("services")
        .properties()
        .forEach(
            service ->
                service
                    .getValue()
                    .path("environment")
                    .properties()
                    .forEach(
                        variable -> {
                          String name = variable.getKey();
                          if (name.matches(".*(PASSWORD|SECRET|TOKEN).*")) {
                            assertThat(name).as("secret variable").endsWith("_FILE");
                            assertThat(variable.getValue().asText()).startsWith("/run/secrets/");
                          }
                        }));
  }

  @Test
  void ssoVariables_arePassedOnOnlyWhenSet() {
    JsonNode environment = compose.path("services").path("keycloak").path("environment");

    for (String name :
        List.of(
            "JSM2FA_ATLASSIAN_ENTITY_ID",
            "JSM2FA_ATLASSIAN_ACS_URL",
            "JSM2FA_JSM_DC_REDIRECT_URI")) {
      // A null value leaves the variable unset in the container when the host has none, so the
      // realm file's placeholder applies; an empty string would import an empty client id.
      assertThat(environment.has(name)).as(name).isTrue();
      assertThat(environment.get(name).isNull()).as(name).isTrue();
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
