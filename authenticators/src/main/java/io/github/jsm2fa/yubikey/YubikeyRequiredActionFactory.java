package io.github.jsm2fa.yubikey;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Registers YubiKey enrollment as a required action. */
public final class YubikeyRequiredActionFactory implements RequiredActionFactory {

  public static final String PROVIDER_ID = "jsm2fa-yubikey-register";

  private static final YubikeyRequiredAction SINGLETON = new YubikeyRequiredAction();

  @Override
  public RequiredActionProvider create(KeycloakSession session) {
    return SINGLETON;
  }

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String getDisplayText() {
    return "Register a YubiKey (jsm2fa)";
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}
}
