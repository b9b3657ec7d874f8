package io.github.jsm2fa.testbed.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.FreePort;
import io.github.jsm2fa.testbed.KeycloakServerBuilder;
import io.github.jsm2fa.testbed.jsm.JsmSimulator;
import io.github.jsm2fa.testbed.jsm.JsmSimulatorMain;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the JSM simulator on loopback and points a "JSM customers" federation component of the
 * demo realm at it, then runs one full sync so the realm fills with the simulator's customers.
 */
final class JsmSyncDemo implements DemoStep {
  static final String COMPONENT_NAME = "JSM (local simulator)";
  private static final int CUSTOMERS = 40;

  private final String realm;
  private JsmSimulator simulator;

  JsmSyncDemo(String realm) {
    this.realm = realm;
  }

  @Override
  public void beforeStart(KeycloakServerBuilder server) throws Exception {
    simulator = JsmSimulatorMain.startDemo(FreePort.find(), CUSTOMERS);
  }

  @Override
  public void afterStart(AdminApi admin, PrintStream out) {
    String base = "/admin/realms/" + realm;
    Map<String, Object> component = new HashMap<>();
    component.put("name", COMPONENT_NAME);
    component.put("providerId", "jsm2fa-jsm-sync");
    component.put("providerType", "org.keycloak.storage.UserStorageProvider");
    component.put("parentId", admin.realm(realm).get("id").asText());
    component.put(
        "config",
        Map.of(
            "siteUrl", List.of(simulator.baseUrl()),
            "deployment", List.of("cloud"),
            "accountEmail", List.of(JsmSimulatorMain.ACCOUNT_EMAIL),
            "apiToken", List.of(JsmSimulatorMain.TOKEN),
            "fullSyncPeriod", List.of("600"),
            "changedSyncPeriod", List.of("-1")));

    // The simulator's port changes between runs, so an existing component is pointed at it again.
    String id = existing(admin, base);
    if (id == null) {
      id = admin.post(base + "/components", component);
    } else {
      component.put("id", id);
      admin.put(base + "/components/" + id, component);
    }
    admin.post(base + "/user-storage/" + id + "/sync?action=triggerFullSync", Map.of());
    int users = admin.get(base + "/users/count").asInt();
    out.println(
        "JSM simulator at "
            + simulator.baseUrl()
            + " synced into realm "
            + realm
            + " (User federation, "
            + COMPONENT_NAME
            + "); the realm has "
            + users
            + " users");
  }

  private static String existing(AdminApi admin, String base) {
    JsonNode components =
        admin.get(base + "/components?type=org.keycloak.storage.UserStorageProvider");
    for (JsonNode component : components) {
      if (COMPONENT_NAME.equals(component.path("name").asText())) {
        return component.get("id").asText();
      }
    }
    return null;
  }

  @Override
  public void close() {
    if (simulator != null) {
      simulator.close();
    }
  }
}
