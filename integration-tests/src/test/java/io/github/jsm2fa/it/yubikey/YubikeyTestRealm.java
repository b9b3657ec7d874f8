package io.github.jsm2fa.it.yubikey;

import io.github.jsm2fa.testbed.AdminApi;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A realm of its own for one YubiKey test class: password, then the YubiKey step, with brute-force
 * detection and the YubiKey settings pointing at local validation servers.
 */
final class YubikeyTestRealm {

  static final String FLOW = "yubikey browser";
  static final String STEP = "jsm2fa-yubikey-otp";
  static final String ACTION = "jsm2fa-yubikey-register";
  static final String CREDENTIAL_TYPE = "jsm2fa-yubikey";
  static final String PASSWORD = "Portal-password-1";

  final AdminApi admin;
  final String name;

  private YubikeyTestRealm(AdminApi admin, String name) {
    this.admin = admin;
    this.name = name;
  }

  /** Creates the realm; {@code failureFactor} failures lock a customer out for a minute. */
  static YubikeyTestRealm create(AdminApi admin, String name, int failureFactor) {
    admin.createRealm(name);
    YubikeyTestRealm realm = new YubikeyTestRealm(admin, name);
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("bruteForceProtected", failureFactor > 0);
    settings.put("failureFactor", Math.max(failureFactor, 1));
    settings.put("waitIncrementSeconds", 60);
    settings.put("maxFailureWaitSeconds", 60);
    // Tests submit faster than any person; the quick-login rule would lock them out at once.
    settings.put("quickLoginCheckMilliSeconds", 1);
    settings.put("eventsEnabled", true);
    settings.put("adminEventsEnabled", true);
    admin.put("/admin/realms/" + name, settings);
    realm.wireFlow();
    admin.post(
        realm.path("/authentication/register-required-action"),
        Map.of("providerId", ACTION, "name", "Register a YubiKey"));
    return realm;
  }

  /** Points online validation at {@code servers} with the given client id and API key. */
  void configureOnline(List<URI> servers, String clientId, String apiKeyBase64, int timeoutMillis) {
    Map<String, String> config = new LinkedHashMap<>();
    config.put(
        "yubikeyServerUrls", servers.stream().map(URI::toString).collect(Collectors.joining("##")));
    config.put("yubikeyClientId", clientId);
    config.put("yubikeyApiKey", apiKeyBase64);
    config.put("yubikeyTimeoutMillis", String.valueOf(timeoutMillis));
    admin.put(
        path("/authentication/required-actions/" + ACTION + "/config"), Map.of("config", config));
  }

  String createCustomer(String username, String... requiredActions) {
    String id =
        admin.createUser(name, username, username + "@example.com", "Test", "Customer", PASSWORD);
    if (requiredActions.length > 0) {
      admin.put(path("/users/" + id), Map.of("requiredActions", List.of(requiredActions)));
    }
    return id;
  }

  int numFailures(String userId) {
    return ((Number) admin.bruteForceStatus(name, userId).get("numFailures")).intValue();
  }

  boolean lockedOut(String userId) {
    return Boolean.TRUE.equals(admin.bruteForceStatus(name, userId).get("disabled"));
  }

  void clearFailures(String userId) {
    admin.delete(path("/attack-detection/brute-force/users/" + userId));
  }

  String path(String suffix) {
    return "/admin/realms/" + name + suffix;
  }

  private void wireFlow() {
    String flows = path("/authentication/flows");
    admin.post(
        flows,
        Map.of("alias", FLOW, "providerId", "basic-flow", "topLevel", true, "builtIn", false));
    String executions = flows + "/" + FLOW.replace(" ", "%20") + "/executions";
    admin.post(executions + "/execution", Map.of("provider", "auth-username-password-form"));
    admin.post(executions + "/execution", Map.of("provider", STEP));
    admin
        .get(executions)
        .forEach(
            execution -> {
              var required =
                  ((com.fasterxml.jackson.databind.node.ObjectNode) execution.deepCopy());
              required.put("requirement", "REQUIRED");
              admin.put(executions, required);
            });
    admin.put(path(""), Map.of("browserFlow", FLOW));
  }
}
