package io.github.jsm2fa.testbed;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Settings of one {@link KeycloakServer}; every setter returns the builder. */
public final class KeycloakServerBuilder {
  final Path home;
  final List<Path> providers = new ArrayList<>();
  final List<Path> realmFiles = new ArrayList<>();
  final List<String> options = new ArrayList<>();
  final Map<String, String> env = new LinkedHashMap<>();
  String adminUser = "admin";
  String adminPassword = "admin";
  int httpPort;
  int managementPort;
  boolean freshData;
  Path logFile;
  // Generous: a first start builds Quarkus and creates the schema, slow on a busy 2-core machine.
  Duration startupTimeout = Duration.ofSeconds(420);

  KeycloakServerBuilder(Path home) {
    this.home = Objects.requireNonNull(home, "home").toAbsolutePath().normalize();
  }

  /** A jar copied into {@code providers/}; the directory is cleared of other jars first. */
  public KeycloakServerBuilder provider(Path jar) {
    providers.add(jar);
    return this;
  }

  public KeycloakServerBuilder providers(List<Path> jars) {
    providers.addAll(jars);
    return this;
  }

  /** A realm JSON file imported at start; a realm that already exists is left unchanged. */
  public KeycloakServerBuilder realm(Path realmJson) {
    realmFiles.add(realmJson);
    return this;
  }

  public KeycloakServerBuilder realms(List<Path> realmJsons) {
    realmFiles.addAll(realmJsons);
    return this;
  }

  public KeycloakServerBuilder admin(String user, String password) {
    this.adminUser = user;
    this.adminPassword = password;
    return this;
  }

  /** Fixed HTTP port; by default a free loopback port is chosen. */
  public KeycloakServerBuilder httpPort(int port) {
    this.httpPort = port;
    return this;
  }

  public KeycloakServerBuilder managementPort(int port) {
    this.managementPort = port;
    return this;
  }

  /** Deletes {@code data/} (database, import files) before starting. */
  public KeycloakServerBuilder freshData() {
    this.freshData = true;
    return this;
  }

  /** An extra {@code kc.sh} argument, such as {@code --spi-events-listener-...=...}. */
  public KeycloakServerBuilder option(String option) {
    options.add(option);
    return this;
  }

  public KeycloakServerBuilder env(String name, String value) {
    env.put(name, value);
    return this;
  }

  public KeycloakServerBuilder logFile(Path file) {
    this.logFile = file;
    return this;
  }

  public KeycloakServerBuilder startupTimeout(Duration timeout) {
    this.startupTimeout = timeout;
    return this;
  }

  public KeycloakServer build() {
    return new KeycloakServer(this);
  }

  /** Builds the server and starts it; see {@link KeycloakServer#start()}. */
  public KeycloakServer start() {
    return build().start();
  }
}
