package io.github.jsm2fa.testbed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakServerTest {

  @TempDir Path home;

  @Test
  void command_startsDevModeOnLoopbackWithLocalhostHostname() {
    KeycloakServer server =
        KeycloakServer.builder(home).httpPort(8080).managementPort(9000).build();

    assertThat(server.command(new KeycloakHome(home)))
        .containsExactly(
            home.resolve("bin/kc.sh").toString(),
            "start-dev",
            "--http-host=127.0.0.1",
            "--http-port=8080",
            "--http-management-port=9000",
            "--hostname=http://localhost:8080",
            "--health-enabled=true");
    assertThat(server.baseUrl()).hasToString("http://localhost:8080");
  }

  @Test
  void command_withRealmFilesAndOptions_importsAndAppendsOptions() {
    KeycloakServer server =
        KeycloakServer.builder(home)
            .realm(Path.of("realm.json"))
            .option("--features=preview")
            .build();

    assertThat(server.command(new KeycloakHome(home)))
        .endsWith("--import-realm", "--features=preview");
  }

  @Test
  void freePorts_differForHttpAndManagement() {
    KeycloakServer server = KeycloakServer.builder(home).build();

    assertThat(server.baseUrl().getPort()).isNotEqualTo(server.healthUrl().getPort());
  }

  @Test
  void environment_dropsInheritedKeycloakSettingsAndSetsAdmin() {
    Map<String, String> env = new HashMap<>(Map.of("KC_DB", "postgres", "PATH", "/bin"));
    KeycloakServer server =
        KeycloakServer.builder(home).admin("root", "secret").env("KC_LOG_LEVEL", "debug").build();

    server.configureEnvironment(env);

    assertThat(env)
        .doesNotContainKey("KC_DB")
        .containsEntry("PATH", "/bin")
        .containsEntry("KC_BOOTSTRAP_ADMIN_USERNAME", "root")
        .containsEntry("KC_BOOTSTRAP_ADMIN_PASSWORD", "secret")
        .containsEntry("KC_LOG_LEVEL", "debug")
        .containsEntry("JAVA_HOME", System.getProperty("java.home"));
  }

  @Test
  void logFile_defaultsToDataLogInHome() {
    KeycloakServer server = KeycloakServer.builder(home).build();

    assertThat(server.logFile()).isEqualTo(home.resolve("data/log/server.log"));
  }
}
