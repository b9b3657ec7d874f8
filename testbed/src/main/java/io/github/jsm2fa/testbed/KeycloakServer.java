package io.github.jsm2fa.testbed;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real Keycloak distribution running as a child process in development mode.
 *
 * <p>The server owns its distribution directory ({@code home}): it copies provider jars into {@code
 * providers/}, realm files into {@code data/import/}, and Keycloak keeps its H2 dev-file database,
 * transaction logs and augmented build under that same directory. Give each server its own unpacked
 * distribution under {@code target/} or {@code .run/}.
 */
public final class KeycloakServer implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(KeycloakServer.class.getName());
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private final KeycloakServerBuilder config;
  private final int httpPort;
  private final int managementPort;
  private final Path logFile;
  private final Thread shutdownHook = new Thread(this::stop, "keycloak-server-stop");
  private Process process;

  KeycloakServer(KeycloakServerBuilder config) {
    this.config = config;
    this.httpPort = config.httpPort > 0 ? config.httpPort : FreePort.find();
    this.managementPort = config.managementPort > 0 ? config.managementPort : FreePort.find();
    this.logFile =
        config.logFile != null ? config.logFile : config.home.resolve("data/log/server.log");
  }

  public static KeycloakServerBuilder builder(Path home) {
    return new KeycloakServerBuilder(home);
  }

  /** Prepares the home directory, starts Keycloak and waits until it reports ready. */
  public synchronized KeycloakServer start() {
    if (process != null) {
      throw new IllegalStateException("Keycloak is already started");
    }
    try {
      KeycloakHome home = new KeycloakHome(config.home);
      home.prepare(config.freshData, config.providers, config.realmFiles);
      Files.createDirectories(logFile.toAbsolutePath().getParent());
      ProcessBuilder builder = new ProcessBuilder(command(home)).directory(config.home.toFile());
      configureEnvironment(builder.environment());
      builder.redirectErrorStream(true).redirectOutput(logFile.toFile());
      LOG.log(Level.DEBUG, "Starting Keycloak from {0} on {1}", config.home, baseUrl());
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start Keycloak from " + config.home, e);
    }
    Runtime.getRuntime().addShutdownHook(shutdownHook);

    try {
      new ReadinessProbe(healthUrl(), process, logFile).await(config.startupTimeout);
    } catch (RuntimeException e) {
      stop();
      throw e;
    }
    return this;
  }

  /** Always {@code localhost}: browsers refuse Secure cookies on a bare IP address. */
  public URI baseUrl() {
    return URI.create("http://localhost:" + httpPort);
  }

  public URI healthUrl() {
    return URI.create("http://127.0.0.1:" + managementPort + "/health/ready");
  }

  /** The file that receives everything the server prints; tests scan it for leaked secrets. */
  public Path logFile() {
    return logFile;
  }

  public Path home() {
    return config.home;
  }

  /** A new admin REST client signed in as the bootstrap admin of the master realm. */
  public AdminApi adminApi() {
    return new AdminApi(baseUrl(), config.adminUser, config.adminPassword);
  }

  /** Blocks until the server process ends, for example after Ctrl-C; returns its exit code. */
  public int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  /** Asks Keycloak to shut down, then kills the process tree if it does not exit in time. */
  public synchronized void stop() {
    if (process == null) {
      return;
    }
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.add(process.toHandle());
    process.destroy();
    try {
      if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
        LOG.log(Level.WARNING, "Keycloak did not stop in {0}; killing it", STOP_GRACE);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // kc.sh forwards the signal to its java child; kill whatever is left of the tree.
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    process = null;
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // The hook is running or about to run; nothing left to do.
    }
  }

  @Override
  public void close() {
    stop();
  }

  List<String> command(KeycloakHome home) {
    List<String> command = new ArrayList<>();
    command.add(home.launcher().toString());
    command.add("start-dev");
    command.add("--http-host=127.0.0.1");
    command.add("--http-port=" + httpPort);
    command.add("--http-management-port=" + managementPort);
    command.add("--hostname=" + baseUrl());
    command.add("--health-enabled=true");
    if (!config.realmFiles.isEmpty()) {
      command.add("--import-realm");
    }
    command.addAll(config.options);
    return command;
  }

  /** Drops inherited {@code KC_*} settings so the caller's shell cannot change the server. */
  void configureEnvironment(Map<String, String> env) {
    env.keySet().removeIf(name -> name.startsWith("KC_"));
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("KC_BOOTSTRAP_ADMIN_USERNAME", config.adminUser);
    env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", config.adminPassword);
    env.putAll(config.env);
  }
}
