package io.github.jsm2fa.it.yubikey;

import io.github.jsm2fa.testbed.FreePort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of its own under {@code target/}, from the binaries installed on the machine
 * ({@code -Djsm2fa.postgres.bin}, by default Debian's {@code /usr/lib/postgresql/15/bin}), on a
 * free 127.0.0.1 port, with trust authentication. PostgreSQL refuses to run as root, so under root
 * it runs as the {@code postgres} system user.
 *
 * <p>LIMITATION: that user must reach {@code target/}. A checkout inside a folder only root may
 * enter (such as one made by {@code mktemp -d}) keeps the database, its log and its socket in a
 * fresh folder under the system's temporary folder instead, removed at {@link #close()}; the tools'
 * output stays under {@code target/}. A fix needs the checkout in a folder other users may enter.
 */
final class ThrowawayPostgres implements AutoCloseable {

  static final String USER = "keycloak";

  private final Path bin;
  private final Path dir;
  private final Path home;
  private final int port;

  /** {@code dir} holds the tools' output; {@code home} the database, its log and its socket. */
  private ThrowawayPostgres(Path bin, Path dir, Path home, int port) {
    this.bin = bin;
    this.dir = dir;
    this.home = home;
    this.port = port;
  }

  static ThrowawayPostgres start(Path dir) throws IOException, InterruptedException {
    Path bin = Path.of(System.getProperty("jsm2fa.postgres.bin", "/usr/lib/postgresql/15/bin"));
    if (!Files.isExecutable(bin.resolve("initdb"))) {
      throw new IllegalStateException(
          "No PostgreSQL binaries at " + bin + "; install PostgreSQL or set -Djsm2fa.postgres.bin");
    }
    deleteTree(dir);
    Files.createDirectories(dir);
    Path home = dir;
    if (isRoot()) {
      giveToPostgres(dir);
      if (!postgresReaches(dir)) {
        home = Files.createTempDirectory("jsm2fa-postgres-");
        giveToPostgres(home);
      }
    }
    ThrowawayPostgres postgres = new ThrowawayPostgres(bin, dir, home, FreePort.find());
    postgres.run(
        "initdb", "-D", home.resolve("data").toString(), "-U", USER, "--auth=trust", "-E", "UTF8");
    postgres.run(
        "pg_ctl",
        "-D",
        home.resolve("data").toString(),
        "-l",
        home.resolve("postgres.log").toString(),
        "-o",
        "-p "
            + postgres.port
            + " -k "
            + home
            + " -c listen_addresses=127.0.0.1 -c max_connections=300",
        "-w",
        "start");
    return postgres;
  }

  private static void giveToPostgres(Path folder) throws IOException {
    UserPrincipalLookupService users = folder.getFileSystem().getUserPrincipalLookupService();
    Files.setOwner(folder, users.lookupPrincipalByName("postgres"));
  }

  /** Whether the postgres user can enter and write {@code folder}, every folder above included. */
  private static boolean postgresReaches(Path folder) throws IOException, InterruptedException {
    Process probe =
        new ProcessBuilder("runuser", "-u", "postgres", "--", "test", "-w", folder.toString())
            .redirectErrorStream(true)
            .start();
    return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  @Override
  public void close() {
    try {
      run("pg_ctl", "-D", home.resolve("data").toString(), "-m", "immediate", "-w", "stop");
      if (!home.equals(dir)) {
        deleteTree(home);
      }
    } catch (IOException | InterruptedException | IllegalStateException e) {
      System.err.println("Could not stop PostgreSQL in " + home + ": " + e);
    }
  }

  private void run(String tool, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (isRoot()) {
      command.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    command.add(bin.resolve(tool).toString());
    command.addAll(List.of(args));
    Path log = dir.resolve(tool + ".out");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException(tool + " failed; see " + log);
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
