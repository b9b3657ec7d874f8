package io.github.jsm2fa.it.yubikey;

import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.FreePort;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One Keycloak node in production mode ({@code start --optimized}) on a shared PostgreSQL database,
 * with clustered caches whose members find each other through the database.
 */
final class ClusterNode implements AutoCloseable {

  private final Path home;
  private final int httpPort = FreePort.find();
  private final int managementPort = FreePort.find();
  private final int clusterPort = FreePort.find();
  private Process process;

  private ClusterNode(Path home) {
    this.home = home;
  }

  /**
   * Copies the distribution at {@code source} to {@code home}, installs {@code providers} and runs
   * {@code kc.sh build} once for PostgreSQL and clustered caches.
   */
  static void buildHome(Path source, Path home, List<Path> providers) throws Exception {
    ThrowawayPostgres.deleteTree(home);
    copyTree(source, home);
    for (Path jar : providers) {
      Files.copy(
          jar,
          home.resolve("providers").resolve(jar.getFileName()),
          StandardCopyOption.REPLACE_EXISTING);
    }
    List<String> build =
        List.of(
            home.resolve("bin/kc.sh").toString(),
            "build",
            "--db=postgres",
            "--cache=ispn",
            "--health-enabled=true");
    Process process =
        new ProcessBuilder(build)
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("build.log").toFile())
            .start();
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException("kc.sh build failed; see " + home.resolve("build.log"));
    }
  }

  /** A node running from a copy of the built {@code home}. */
  static ClusterNode startCopy(Path builtHome, Path home, ThrowawayPostgres db) throws Exception {
    ThrowawayPostgres.deleteTree(home);
    copyTree(builtHome, home);
    ClusterNode node = new ClusterNode(home);
    node.start(db);
    return node;
  }

  private void start(ThrowawayPostgres db) throws Exception {
    List<String> command =
        List.of(
            home.resolve("bin/kc.sh").toString(),
            "start",
            "--optimized",
            "--db-url=" + db.jdbcUrl(),
            "--db-username=" + ThrowawayPostgres.USER,
            "--db-password=unused",
            "--http-enabled=true",
            "--http-host=127.0.0.1",
            "--http-port=" + httpPort,
            "--http-management-port=" + managementPort,
            "--hostname=" + baseUrl(),
            "--cache-embedded-network-bind-address=127.0.0.1",
            "--cache-embedded-network-bind-port=" + clusterPort,
            // Both nodes run on one machine: without own names they join as one member.
            "--spi-cache-embedded-default-node-name=" + home.getFileName());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("server.log").toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("KC_"));
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
    builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
    process = builder.start();
    awaitReady(Duration.ofMinutes(5));
  }

  URI baseUrl() {
    return URI.create("http://localhost:" + httpPort);
  }

  Path logFile() {
    return home.resolve("server.log");
  }

  AdminApi adminApi() {
    return new AdminApi(baseUrl(), "admin", "admin");
  }

  private void awaitReady(Duration timeout) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    URI health = URI.create("http://127.0.0.1:" + managementPort + "/health/ready");
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Keycloak node exited; see " + logFile());
      }
      try {
        HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build();
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(1000);
    }
    close();
    throw new IllegalStateException("Keycloak node not ready in " + timeout + "; see " + logFile());
  }

  @Override
  public void close() {
    if (process == null) {
      return;
    }
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.add(process.toHandle());
    process.destroy();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    process = null;
  }

  /** Copies a distribution without its {@code data/}, which a running server may be changing. */
  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path relative = from.relativize(path);
        if (relative.startsWith("data")) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
