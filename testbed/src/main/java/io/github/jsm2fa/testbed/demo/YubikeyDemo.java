package io.github.jsm2fa.testbed.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.FreePort;
import io.github.jsm2fa.testbed.KeycloakServerBuilder;
import io.github.jsm2fa.testbed.RestException;
import io.github.jsm2fa.testbed.yubico.DemoYubikey;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * The YubiKey part of the demo: a local validation server that knows a simulated key, and a realm
 * {@value #REALM} where a sample customer enrolls that key by "touching" it (copying its next code
 * from a page) and then signs in with it.
 */
final class YubikeyDemo implements DemoStep {

  static final String REALM = "yubikey-demo";
  static final String CUSTOMER = "yubikey.customer@example.com";
  static final int PREFERRED_PORT = 8089;

  private static final String STEP = "jsm2fa-yubikey-otp";
  private static final String ACTION = "jsm2fa-yubikey-register";
  private static final String FLOW = "yubikey demo browser";

  private final int keycloakPort;
  private final String portalRealm;
  private DemoYubikey yubikey;

  YubikeyDemo(int keycloakPort, String portalRealm) {
    this.keycloakPort = keycloakPort;
    this.portalRealm = portalRealm;
  }

  @Override
  public void beforeStart(KeycloakServerBuilder server) throws Exception {
    yubikey = DemoYubikey.start(FreePort.isFree(PREFERRED_PORT) ? PREFERRED_PORT : 0);
  }

  @Override
  public void afterStart(AdminApi admin, PrintStream out) {
    if (!realmExists(admin)) {
      createRealm(admin);
      out.println("Added realm " + REALM + " with the YubiKey step and customer " + CUSTOMER);
    }
    // The server's port may differ between runs; point the realm at this run's server.
    Map<String, String> config =
        Map.of(
            "yubikeyServerUrls",
            yubikey.server().verifyUrl().toString(),
            "yubikeyClientId",
            DemoYubikey.CLIENT_ID,
            "yubikeyApiKey",
            DemoYubikey.API_KEY_BASE64,
            "yubikeyTimeoutMillis",
            "3000");
    for (String realm : List.of(REALM, portalRealm)) {
      // The portal realm offers YubiKey as one method; there it checks codes against the demo
      // server too, so choosing YubiKey works in the demo.
      String action = "/admin/realms/" + realm + "/authentication/required-actions/" + ACTION;
      admin.put(action + "/config", Map.of("config", config));
      // The ready realm ships the action off (it has no API key); the demo server supplies one.
      ObjectNode registered = (ObjectNode) admin.get(action);
      if (!registered.path("enabled").asBoolean()) {
        registered.put("enabled", true);
        admin.put(action, registered);
      }
    }
    String account = "http://localhost:" + keycloakPort + "/realms/" + REALM + "/account";
    out.println(
        "YubiKey demo: sign in at "
            + account
            + " as "
            + CUSTOMER
            + " / "
            + SampleCustomers.DEMO_PASSWORD);
    out.println("  the demo key's next code (one touch per page load): " + yubikey.nextOtpPage());
  }

  private static boolean realmExists(AdminApi admin) {
    try {
      admin.realm(REALM);
      return true;
    } catch (RestException e) {
      if (e.status() == 404) {
        return false;
      }
      throw e;
    }
  }

  private static void createRealm(AdminApi admin) {
    String realm = "/admin/realms/" + REALM;
    admin.createRealm(REALM);
    admin.put(
        realm, Map.of("bruteForceProtected", true, "failureFactor", 5, "eventsEnabled", true));
    admin.post(
        realm + "/authentication/flows",
        Map.of("alias", FLOW, "providerId", "basic-flow", "topLevel", true, "builtIn", false));
    String executions = realm + "/authentication/flows/" + FLOW.replace(" ", "%20") + "/executions";
    admin.post(executions + "/execution", Map.of("provider", "auth-username-password-form"));
    admin.post(executions + "/execution", Map.of("provider", STEP));
    admin
        .get(executions)
        .forEach(
            execution -> {
              var required = (com.fasterxml.jackson.databind.node.ObjectNode) execution.deepCopy();
              required.put("requirement", "REQUIRED");
              admin.put(executions, required);
            });
    admin.put(realm, Map.of("browserFlow", FLOW));
    admin.post(
        realm + "/authentication/register-required-action",
        Map.of("providerId", ACTION, "name", "Register a YubiKey"));
    String id =
        admin.createUser(REALM, CUSTOMER, CUSTOMER, "Yuki", "Bikey", SampleCustomers.DEMO_PASSWORD);
    admin.put(realm + "/users/" + id, Map.of("requiredActions", List.of(ACTION)));
  }

  @Override
  public void close() {
    if (yubikey != null) {
      yubikey.close();
    }
  }
}
