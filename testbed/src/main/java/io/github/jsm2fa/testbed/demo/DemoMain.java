package io.github.jsm2fa.testbed.demo;

import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.Distributions;
import io.github.jsm2fa.testbed.FreePort;
import io.github.jsm2fa.testbed.KeycloakServer;
import io.github.jsm2fa.testbed.KeycloakServerBuilder;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs Keycloak with the pack on {@code http://localhost:8080} for trying it out; {@code run.sh}
 * starts it. Data stays in the run directory between runs; Ctrl-C stops Keycloak.
 */
public final class DemoMain {

  private static final String ADMIN = "admin";
  // Written once the realm export was imported, so later runs keep the realm as the user left it.
  private static final String IMPORTED_MARKER = "jsm2fa-realm-imported";

  private final DemoSettings settings;
  private final PrintStream out = System.out;

  private DemoMain(DemoSettings settings) {
    this.settings = settings;
  }

  public static void main(String[] args) throws Exception {
    DemoSettings settings;
    try {
      settings = DemoSettings.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    System.exit(new DemoMain(settings).run());
  }

  /** The set-up steps, in order; add simulators and more sample data here. */
  private List<DemoStep> steps() {
    return List.of(
        new SampleCustomers(settings.realm()),
        new YubikeyDemo(settings.port(), settings.realm()),
        new JsmSyncDemo(settings.realm()),
        new PortalManager(settings.realm(), URI.create("http://localhost:" + settings.port())));
  }

  private int run() throws Exception {
    if (!FreePort.isFree(settings.port())) {
      System.err.println("Port " + settings.port() + " is in use; is the demo already running?");
      return 1;
    }
    Path home = Distributions.copyIfMissing(settings.distribution(), settings.runDir());
    Path marker = home.resolve("data").resolve(IMPORTED_MARKER);
    boolean firstStart = !Files.exists(marker);

    KeycloakServerBuilder builder =
        KeycloakServer.builder(home)
            .httpPort(settings.port())
            .admin(ADMIN, ADMIN)
            // A first start rebuilds Keycloak with the pack; give a slow machine time for it.
            .startupTimeout(Duration.ofMinutes(10))
            .providers(files(settings.providers(), ".jar"));
    if (firstStart) {
      builder.realms(files(settings.realms(), ".json"));
    }
    List<DemoStep> steps = steps();
    for (DemoStep step : steps) {
      step.beforeStart(builder);
    }
    KeycloakServer server = builder.build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> shutDown(server, steps)));

    out.println(
        firstStart
            ? "First start: building Keycloak with the pack and importing the realm (1-2 min)..."
            : "Starting Keycloak with the pack; data kept from the last run...");
    out.println("Keycloak log: " + server.logFile());
    server.start();
    Files.writeString(marker, "realm export imported; delete this file to import it again\n");
    AdminApi admin = server.adminApi();
    for (DemoStep step : steps) {
      runSafely(step, admin);
    }
    printSignInHelp(home);
    return server.waitFor();
  }

  private void runSafely(DemoStep step, AdminApi admin) {
    try {
      step.afterStart(admin, out);
    } catch (Exception e) {
      // Keep Keycloak up so the user can look into it; the message says which step failed.
      out.println("Demo set-up step " + step.getClass().getSimpleName() + " failed: " + e);
    }
  }

  private void printSignInHelp(Path home) {
    String base = "http://localhost:" + settings.port();
    SampleCustomers.Customer sample = SampleCustomers.CUSTOMERS.get(0);
    out.println();
    out.println("jsm2fa demo is running; data is kept in " + home.resolve("data"));
    out.println("  Customer sign-in:  " + base + "/realms/" + settings.realm() + "/account");
    out.println("    sample customer: " + sample.email() + " / " + SampleCustomers.DEMO_PASSWORD);
    out.println("  Admin console:     " + base + "/admin  (" + ADMIN + " / " + ADMIN + ")");
    out.println("Press Ctrl-C to stop.");
  }

  private void shutDown(KeycloakServer server, List<DemoStep> steps) {
    server.stop();
    List<DemoStep> reversed = new ArrayList<>(steps);
    Collections.reverse(reversed);
    for (DemoStep step : reversed) {
      try {
        step.close();
      } catch (Exception e) {
        System.err.println("Stopping " + step.getClass().getSimpleName() + " failed: " + e);
      }
    }
    System.err.println("Keycloak stopped.");
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
