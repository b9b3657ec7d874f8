package io.github.jsm2fa.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Builds the image from the assembled context and starts it. Needs a Docker engine: where there is
 * none, JUnit reports the class as skipped ("disabledWithoutDocker"). The lint and compose tests of
 * this module run everywhere.
 */
@Testcontainers(disabledWithoutDocker = true)
class KeycloakImageIT {

  private static final Path CONTEXT = Path.of(System.getProperty("jsm2fa.docker.context"));

  // The image is built for PostgreSQL; dev-file mode overrides that for this check alone.
  @Container
  private static final GenericContainer<?> KEYCLOAK =
      new GenericContainer<>(
              new ImageFromDockerfile("jsm2fa/keycloak-it", true).withFileFromPath(".", CONTEXT))
          .withEnv("KC_DB", "dev-file")
          .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
          .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")
          .withCommand("start-dev", "--import-realm")
          .withExposedPorts(8080, 9000)
          .waitingFor(Wait.forHttp("/health/ready").forPort(9000))
          .withStartupTimeout(Duration.ofMinutes(5));

  @Test
  void image_servesTheRealmWithTheThemeAndTheSamlDescriptor() throws Exception {
    String base = "http://" + KEYCLOAK.getHost() + ":" + KEYCLOAK.getMappedPort(8080);
    HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> descriptor =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/realms/jsm-portal/protocol/saml/descriptor"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        base
                            + "/realms/jsm-portal/protocol/openid-connect/auth?client_id=account-console"
                            + "&response_type=code&scope=openid&redirect_uri="
                            + base
                            + "/realms/jsm-portal/account/"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(descriptor.statusCode()).isEqualTo(200);
    assertThat(descriptor.body()).contains("entityID=\"" + base + "/realms/jsm-portal\"");
    assertThat(login.body()).contains("/resources/").contains("css/jsm2fa.css");
  }
}
