package io.github.jsm2fa.it.browser;

import io.github.jsm2fa.testbed.AdminApi;
import java.util.List;
import java.util.Map;

/** A realm with the pack's theme and languages whose customers register a YubiKey. */
final class YubikeyPagesRealm {

  static final String NAME = "pages-yubikey";
  static final String REGISTER_ACTION = "jsm2fa-yubikey-register";

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
        "/admin/realms/" + NAME,
        Map.of(
            "loginTheme",
            "jsm2fa",
            "internationalizationEnabled",
            true,
            "supportedLocales",
            List.of("en", "de", "fr", "es"),
            "defaultLocale",
            "en"));
    boolean registered = false;
    for (var action : admin.get("/admin/realms/" + NAME + "/authentication/required-actions")) {
      registered |= REGISTER_ACTION.equals(action.path("providerId").asText());
    }
    if (!registered) {
      admin.post(
          "/admin/realms/" + NAME + "/authentication/register-required-action",
          Map.of("providerId", REGISTER_ACTION, "name", "Register a YubiKey"));
    }
    return NAME;
  }
}
