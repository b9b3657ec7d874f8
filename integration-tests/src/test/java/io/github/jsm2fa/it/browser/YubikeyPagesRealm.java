package io.github.jsm2fa.it.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.yubico.YubikeyOtpGenerator;
import java.util.List;
import java.util.Map;

/**
 * A realm with the pack's theme and languages for the YubiKey pages: after the password, customers
 * with a key get the YubiKey step; those with the registration action register one.
 */
final class YubikeyPagesRealm {

  static final String NAME = "pages-yubikey";
  static final String REGISTER_ACTION = "jsm2fa-yubikey-register";
  private static final String FLOW = "pages-yubikey-browser";
  private static final String KEY_SUBFLOW = "pages-yubikey-key";

  private YubikeyPagesRealm() {}

  /** Creates the realm on first use; answers its name. */
  static synchronized String ensure(AdminApi admin) {
    for (var existing : admin.get("/admin/realms")) {
      if (NAME.equals(existing.path("realm").asText())) {
        return NAME;
      }
    }
    admin.createRealm(NAME);
    admin.put(
        path(""),
        Map.of(
            "loginTheme",
            "jsm2fa",
            "internationalizationEnabled",
            true,
            "supportedLocales",
            List.of("en", "de", "fr", "es"),
            "defaultLocale",
            "en"));
    admin.post(
        path("/authentication/register-required-action"),
        Map.of("providerId", REGISTER_ACTION, "name", "Register a YubiKey"));
    wireFlow(admin);
    return NAME;
  }

  /**
   * Gives a customer a key as an admin imports one from YubiKey Manager's CSV; the key is then
   * checked offline, so the realm needs no validation server.
   */
  static void importKey(AdminApi admin, String userId, YubikeyOtpGenerator key) {
    JsonNode rows =
        admin.postText(
            path("/jsm2fa-yubikey/users/" + userId + "/keys"),
            "text/csv",
            key.ykmanCsvLine("1") + "\n");
    String result = rows.path(0).path("result").asText();
    if (!"imported".equals(result)) {
      throw new IllegalStateException("The key was not imported: " + result);
    }
  }

  /** Password, then the YubiKey step for customers who have a key. */
  private static void wireFlow(AdminApi admin) {
    String flows = path("/authentication/flows");
    admin.post(
        flows,
        Map.of("alias", FLOW, "providerId", "basic-flow", "topLevel", true, "builtIn", false));
    String executions = flows + "/" + FLOW + "/executions";
    admin.post(executions + "/execution", Map.of("provider", "auth-username-password-form"));
    admin.post(
        executions + "/flow",
        Map.of("alias", KEY_SUBFLOW, "type", "basic-flow", "provider", "registration-page-form"));
    String keyExecutions = flows + "/" + KEY_SUBFLOW + "/executions";
    admin.post(keyExecutions + "/execution", Map.of("provider", "conditional-user-configured"));
    admin.post(keyExecutions + "/execution", Map.of("provider", "jsm2fa-yubikey-otp"));
    // The listing of the top flow holds the subflow's steps too.
    for (JsonNode execution : admin.get(executions)) {
      ObjectNode required = execution.deepCopy();
      boolean subflow = execution.path("authenticationFlow").asBoolean();
      required.put("requirement", subflow ? "CONDITIONAL" : "REQUIRED");
      admin.put(executions, required);
    }
    admin.put(path(""), Map.of("browserFlow", FLOW));
  }

  private static String path(String suffix) {
    return "/admin/realms/" + NAME + suffix;
  }
}
