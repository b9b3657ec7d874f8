package io.github.jsm2fa.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the image's entrypoint with bash against a stub {@code kc.sh} that records its arguments and
 * environment, so the {@code *_FILE} handling is tested without Docker.
 */
class EntrypointScriptTest {

  private static final Path SCRIPT = Path.of("src/main/docker/docker-entrypoint.sh");
  private static final String SECRET = "s3cret pass-word";

  // Records NUL-separated, so arguments and values keep their spaces and line breaks.
  private static final String STUB =
      """
      #!/bin/bash
      here="$(dirname "$0")"
      for arg in "$@"; do printf '%s\\0' "$arg"; done > "$here/args"
      env -0 > "$here/env"
      """;

  private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

  private Path home;

  /** The entrypoint run; a copy where the checkout is out of another user's reach. */
  private Path script = SCRIPT.toAbsolutePath();

  /** A command the script runs under, such as setpriv to another user; none by default. */
  private List<String> asUser = List.of();

  @BeforeEach
  void stubKeycloak() throws IOException {
    Path target = Files.createDirectories(Path.of("target"));
    home = Files.createTempDirectory(target, "entrypoint-");
    Path kc = Files.createDirectories(home.resolve("bin")).resolve("kc.sh");
    Files.writeString(kc, STUB);
    Files.setPosixFilePermissions(kc, PosixFilePermissions.fromString("rwx------"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"KC_DB_PASSWORD", "KC_BOOTSTRAP_ADMIN_PASSWORD"})
  void fileVariable_becomesTheVariableWithoutTrailingNewline(String name) throws Exception {
    Path file = secretFile(SECRET + "\n");

    Run run = run(Map.of(name + "_FILE", file.toString()), "start");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.keycloakEnv()).containsEntry(name, SECRET).doesNotContainKey(name + "_FILE");
    assertThat(run.output()).doesNotContain(SECRET);
  }

  @Test
  void bothFileVariables_areReadInOneStart() throws Exception {
    Run run =
        run(
            Map.of(
                "KC_DB_PASSWORD_FILE", secretFile("db-" + SECRET).toString(),
                "KC_BOOTSTRAP_ADMIN_PASSWORD_FILE", secretFile("admin-" + SECRET).toString(),
                "KC_HOSTNAME", "https://sso.example.com"),
            "start");

    assertThat(run.keycloakEnv())
        .containsEntry("KC_DB_PASSWORD", "db-" + SECRET)
        .containsEntry("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin-" + SECRET)
        .containsEntry("KC_HOSTNAME", "https://sso.example.com");
    assertThat(run.output()).doesNotContain(SECRET);
  }

  @Test
  void trailingLineBreaks_areRemovedAndInnerOnesKept() throws Exception {
    Run twoLines = run(Map.of("KC_DB_PASSWORD_FILE", secretFile("a\nb\n\n").toString()));

    assertThat(twoLines.keycloakEnv()).containsEntry("KC_DB_PASSWORD", "a\nb");
  }

  @Test
  void windowsLineEnd_failsAsPostgresWouldKeepIt() throws Exception {
    // The PostgreSQL image reads the same file and keeps the \r: the two passwords would differ.
    Run crlf = run(Map.of("KC_DB_PASSWORD_FILE", secretFile(SECRET + "\r\n").toString()));

    assertThat(crlf.exitCode()).isEqualTo(1);
    assertThat(crlf.output()).contains("KC_DB_PASSWORD_FILE", "carriage return");
    assertThat(crlf.output()).doesNotContain(SECRET);
    assertThat(crlf.keycloakStarted()).isFalse();
  }

  @Test
  void secretPastedInsteadOfAPath_isNotPrinted() throws Exception {
    Run run = run(Map.of("KC_DB_PASSWORD_FILE", SECRET));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.output()).contains("KC_DB_PASSWORD_FILE").doesNotContain(SECRET);
    assertThat(run.keycloakStarted()).isFalse();
  }

  @Test
  void variableSetDirectly_isPassedOnUnchanged() throws Exception {
    Run run = run(Map.of("KC_DB_PASSWORD", SECRET + "\n"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.keycloakEnv()).containsEntry("KC_DB_PASSWORD", SECRET + "\n");
  }

  @Test
  void variableAndFileVariableBothSet_failWithoutStartingKeycloak() throws Exception {
    Path file = secretFile("from-file-" + SECRET);

    Run run =
        run(Map.of("KC_DB_PASSWORD", "direct-" + SECRET, "KC_DB_PASSWORD_FILE", file.toString()));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.output())
        .contains("KC_DB_PASSWORD and KC_DB_PASSWORD_FILE")
        .doesNotContain(SECRET);
    assertThat(run.keycloakStarted()).isFalse();
  }

  @Test
  void missingFile_failsNamingTheVariableOnly() throws Exception {
    Path missing = home.resolve("no-such-secret");

    Run run = run(Map.of("KC_BOOTSTRAP_ADMIN_PASSWORD_FILE", missing.toString()));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.output())
        .contains("KC_BOOTSTRAP_ADMIN_PASSWORD_FILE does not name a file")
        .doesNotContain(missing.toString());
    assertThat(run.keycloakStarted()).isFalse();
  }

  @Test
  void directoryInsteadOfFile_fails() throws Exception {
    Run run = run(Map.of("KC_DB_PASSWORD_FILE", home.toString()));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.output()).contains("KC_DB_PASSWORD_FILE does not name a file");
    assertThat(run.keycloakStarted()).isFalse();
  }

  @Test
  void unreadableFile_failsWithoutPrintingTheSecret() throws Exception {
    Path folder = home;
    Path outside = null;
    // Root reads any file: as root, the script runs as user nobody, as Keycloak's image runs it
    // as its own user. The folder stays open to that user; only the file is closed.
    if ("root".equals(System.getProperty("user.name"))) {
      assumeTrue(Files.isExecutable(SETPRIV), "running as root without " + SETPRIV);
      asUser = List.of(SETPRIV.toString(), "--reuid=65534", "--regid=65534", "--clear-groups");
      Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
      if (!nobodyReaches(script, home)) {
        // A checkout only root may enter (as mktemp -d makes): script and file go elsewhere.
        outside = Files.createTempDirectory("jsm2fa-entrypoint-");
        Files.setPosixFilePermissions(outside, PosixFilePermissions.fromString("rwxr-xr-x"));
        script = Files.copy(SCRIPT, outside.resolve("docker-entrypoint.sh"));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-r--r--"));
        folder = outside;
      }
    }
    Path file = Files.writeString(Files.createTempFile(folder, "secret-", ""), SECRET);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));

    Run run;
    try {
      run = run(Map.of("KC_DB_PASSWORD_FILE", file.toString()));
    } finally {
      if (outside != null) {
        Files.delete(file);
        Files.delete(script);
        Files.delete(outside);
      }
    }

    assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
    assertThat(run.output())
        .contains("KC_DB_PASSWORD_FILE does not name a file that uid")
        .contains(asUser.isEmpty() ? "uid" : "uid 65534")
        .doesNotContain(SECRET);
    assertThat(run.keycloakStarted()).isFalse();
  }

  @Test
  void emptyFile_fails() throws Exception {
    Path file = secretFile("\n");

    Run run = run(Map.of("KC_DB_PASSWORD_FILE", file.toString()));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.output()).contains("the file that KC_DB_PASSWORD_FILE names is empty");
    assertThat(run.keycloakStarted()).isFalse();
  }

  @Test
  void arguments_arePassedThroughUnchanged() throws Exception {
    String[] args = {"start", "--optimized", "two words", "", "--x=\"q\"", "$HOME", "*", "a\nb"};

    Run run = run(Map.of(), args);

    assertThat(run.exitCode()).isZero();
    assertThat(run.keycloakArgs()).containsExactly(args);
    assertThat(run.keycloakEnv()).doesNotContainKey("KC_DB_PASSWORD");
  }

  /** Whether {@link #asUser} can read the script and enter the stub's folder. */
  private boolean nobodyReaches(Path script, Path folder) throws Exception {
    ProcessBuilder probe = new ProcessBuilder(new ArrayList<>(asUser));
    probe.command().addAll(List.of("bash", "-c", "test -r \"$0\" && test -x \"$1\""));
    probe.command().addAll(List.of(script.toString(), folder.toString()));
    return probe.redirectErrorStream(true).start().waitFor() == 0;
  }

  private Path secretFile(String content) throws IOException {
    return Files.writeString(Files.createTempFile(home, "secret-", ""), content);
  }

  private Run run(Map<String, String> environment, String... args) throws Exception {
    ProcessBuilder builder = new ProcessBuilder();
    builder.command().addAll(asUser);
    builder.command().addAll(List.of("bash", script.toString()));
    builder.command().addAll(Arrays.asList(args));
    builder.environment().clear();
    builder.environment().put("PATH", System.getenv("PATH"));
    builder.environment().put("JSM2FA_KEYCLOAK_HOME", home.toString());
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);

    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exitCode = process.waitFor();

    // Each run reads and removes what the stub wrote, so two runs in one test stay apart.
    Path argsFile = home.resolve("bin/args");
    Path envFile = home.resolve("bin/env");
    boolean started = Files.exists(argsFile);
    List<String> keycloakArgs = started ? records(argsFile) : List.of();
    Map<String, String> keycloakEnv = new HashMap<>();
    for (String entry : started ? records(envFile) : List.<String>of()) {
      String[] pair = entry.split("=", 2);
      keycloakEnv.put(pair[0], pair[1]);
    }
    Files.deleteIfExists(argsFile);
    Files.deleteIfExists(envFile);
    return new Run(exitCode, output, started, keycloakArgs, keycloakEnv);
  }

  /** The records of a file in which each one ends with a NUL. */
  private static List<String> records(Path file) throws IOException {
    List<String> parts = Arrays.asList(Files.readString(file).split("\0", -1));
    return parts.subList(0, parts.size() - 1);
  }

  private record Run(
      int exitCode,
      String output,
      boolean keycloakStarted,
      List<String> keycloakArgs,
      Map<String, String> keycloakEnv) {}
}
