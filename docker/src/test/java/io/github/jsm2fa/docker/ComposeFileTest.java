package io.github.jsm2fa.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our own rules for the compose files, on top of the Compose Specification's schema that
 * ComposeSchemaTest applies: pinned images, complete health checks, defined references and secrets
 * from files. Each rule runs on the main file and on the main file merged with the cluster
 * override.
 */
class ComposeFileTest {

  private static final Set<String> RESTART_POLICIES =
      Set.of("no", "always", "on-failure", "unless-stopped");

  private static final Pattern PINNED_IMAGE = Pattern.compile("^[a-z0-9./_-]+:\\d+(\\.\\d+)+.*$");
  private static final Pattern DURATION = Pattern.compile("^(\\d+(us|ms|s|m|h))+$");

  private static final String CLUSTER_MODEL = ComposeFiles.MAIN + " + " + ComposeFiles.CLUSTER;
  private static final JsonNode MAIN_MODEL = ComposeFiles.models().get(ComposeFiles.MAIN);

  static Stream<Arguments> models() {
    return ComposeFiles.models().entrySet().stream()
        .map(model -> Arguments.of(Named.of(model.getKey(), model.getValue())));
  }

  @ParameterizedTest
  @MethodSource("models")
  void topLevel_hasNoObsoleteVersion(JsonNode compose) {
    // The schema still allows `version`, which Compose ignores with a warning.
    assertThat(compose.has("version")).isFalse();
    assertThat(compose.has("services")).isTrue();
  }

  @ParameterizedTest
  @MethodSource("models")
  void services_usePinnedImagesAndKnownRestartPolicies(JsonNode compose) {
    compose
        .path("services")
        .properties()
        .forEach(
            service -> {
              JsonNode body = service.getValue();
              assertThat(body.has("image") || body.has("build")).as(service.getKey()).isTrue();
              if (!body.has("build")) {
                assertThat(body.path("image").asText()).as(service.getKey()).matches(PINNED_IMAGE);
              }
              assertThat(body.path("restart").asText("no")).isIn(RESTART_POLICIES);
            });
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyService_hasACompleteHealthCheck(JsonNode compose) {
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
    JsonNode keycloak = MAIN_MODEL.path("services").path("keycloak");

    assertThat(keycloak.path("depends_on").path("postgres").path("condition").asText())
        .isEqualTo("service_healthy");
    assertThat(texts(keycloak.path("command"))).contains("start", "--optimized", "--import-realm");
    assertThat(keycloak.path("build").path("context").asText())
        .isEqualTo("./target/docker-context");
  }

  @ParameterizedTest
  @MethodSource("models")
  void references_pointToDefinedSecretsVolumesAndServices(JsonNode compose) {
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

  @ParameterizedTest
  @MethodSource("models")
  void secrets_comeFromFilesAndNoPasswordIsWrittenInTheFile(JsonNode compose) {
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
    JsonNode environment = MAIN_MODEL.path("services").path("keycloak").path("environment");

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

  @Test
  void cluster_addsASecondNodeThatWaitsForTheFirstOnTheSameDatabase() {
    JsonNode services = ComposeFiles.models().get(CLUSTER_MODEL).path("services");
    JsonNode first = services.path("keycloak");
    JsonNode second = services.path("keycloak-2");

    assertThat(second.path("image").asText()).isEqualTo(first.path("image").asText());
    assertThat(second.path("pull_policy").asText()).isEqualTo("never");
    assertThat(texts(second.path("command"))).contains("start", "--optimized");
    assertThat(texts(second.path("command"))).doesNotContain("--import-realm");
    assertThat(second.path("depends_on").path("keycloak").path("condition").asText())
        .isEqualTo("service_healthy");
    assertThat(second.path("depends_on").path("postgres").path("condition").asText())
        .isEqualTo("service_healthy");
    for (String name :
        List.of(
            "KC_DB_URL_HOST",
            "KC_DB_URL_DATABASE",
            "KC_DB_USERNAME",
            "KC_DB_PASSWORD_FILE",
            "KC_HOSTNAME",
            "KC_HTTP_ENABLED",
            "KC_PROXY_HEADERS")) {
      assertThat(second.path("environment").path(name))
          .as(name)
          .isEqualTo(first.path("environment").path(name));
    }
  }

  @Test
  void cluster_nodesUseJdbcPingAndDistinctHostPorts() {
    JsonNode services = ComposeFiles.models().get(CLUSTER_MODEL).path("services");
    List<String> published = new ArrayList<>();

    for (String node : List.of("keycloak", "keycloak-2")) {
      JsonNode environment = services.path(node).path("environment");
      assertThat(environment.path("KC_CACHE").asText()).as(node).isEqualTo("ispn");
      assertThat(environment.path("KC_CACHE_STACK").asText()).as(node).isEqualTo("jdbc-ping");
      published.addAll(texts(services.path(node).path("ports")));
    }
    // host address and port of "address:port:container port"
    assertThat(published.stream().map(p -> p.substring(0, p.lastIndexOf(':'))))
        .doesNotHaveDuplicates();
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
