package io.github.jsm2fa.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.RestClient;
import java.util.Map;

/**
 * Reads and changes the 2FA policy of the ready realm the way an admin does in the console: the
 * config of the policy step in the browser flow, through the admin API.
 */
public final class PolicyAdmin {

  public static final String REALM = "jsm-portal";
  private static final String SECOND_FACTOR_FLOW = "jsm2fa second factor";

  /** The policy as the realm export ships it. */
  public static final Map<String, String> SHIPPED =
      Map.of(
          "enabled", "true",
          "enforced", "true",
          "allowedMethods", "totp##webauthn##yubikey##security-questions##recovery-codes",
          "skipCustomers", "",
          "skipGroups", "",
          "graceLogins", "0",
          "graceUntil", "",
          "rememberDeviceDays", "0",
          "recoveryCodesStandIn", "true");

  private final AdminApi admin;

  public PolicyAdmin(AdminApi admin) {
    this.admin = admin;
  }

  public String configId() {
    JsonNode executions =
        admin.get(
            "/admin/realms/"
                + REALM
                + "/authentication/flows/"
                + RestClient.encode(SECOND_FACTOR_FLOW).replace("+", "%20")
                + "/executions");
    for (JsonNode execution : executions) {
      if ("jsm2fa-2fa-policy".equals(execution.path("providerId").asText())) {
        return execution.path("authenticationConfig").asText();
      }
    }
    throw new IllegalStateException("The ready realm has no policy step");
  }

  public JsonNode config() {
    return admin.get("/admin/realms/" + REALM + "/authentication/config/" + configId());
  }

  /** Sets the given keys, leaving the others as they are. */
  public void set(Map<String, String> values) {
    ObjectNode config = (ObjectNode) config();
    ObjectNode entries = (ObjectNode) config.path("config");
    values.forEach(entries::put);
    admin.put(
        "/admin/realms/" + REALM + "/authentication/config/" + config.path("id").asText(), config);
  }

  public void set(String key, String value) {
    set(Map.of(key, value));
  }

  public void restore() {
    set(SHIPPED);
  }
}
