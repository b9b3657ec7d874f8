package io.github.jsm2fa.it.support;

import io.github.jsm2fa.it.sso.SsoImportEnvironment;
import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.FreePort;
import io.github.jsm2fa.testbed.KeycloakServer;
import io.github.jsm2fa.testbed.KeycloakServerBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/** The one Keycloak of a test run, with the pack installed and the realm export imported. */
record SharedKeycloak(KeycloakServer server, AdminApi admin) implements AutoCloseable {

  static SharedKeycloak start() {
    int port = FreePort.find();
    KeycloakServerBuilder builder =
        KeycloakServer.builder(setting("jsm2fa.keycloak.home"))
            .freshData()
            .httpPort(port)
            .providers(files(setting("jsm2fa.providers.dir"), ".jar"))
            .realms(files(setting("jsm2fa.realms.dir"), ".json"));
    // The realm file reads the SSO clients' addresses from the environment at import, as in a
    // deployment; here they point at the test's own service providers on this server.
    SsoImportEnvironment.of(URI.create("http://localhost:" + port)).forEach(builder::env);
    Long timeoutSeconds = Long.getLong("jsm2fa.keycloak.startup-timeout");
    if (timeoutSeconds != null) {
      builder.startupTimeout(Duration.ofSeconds(timeoutSeconds));
    }
    KeycloakServer server = builder.start();
    return new SharedKeycloak(server, server.adminApi());
  }

  @Override
  public void close() {
    server.stop();
  }

  /** Failsafe passes these; see the integration-tests POM. */
  private static Path setting(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException("System property " + name + " is not set; run through Maven");
    }
    return Path.of(value);
  }

  private static List<Path> files(Path dir, String suffix) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + dir, e);
    }
  }
}
