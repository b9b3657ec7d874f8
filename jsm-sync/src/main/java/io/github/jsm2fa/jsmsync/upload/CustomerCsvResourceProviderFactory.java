package io.github.jsm2fa.jsmsync.upload;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;

/** Mounts the customer upload at {@code /admin/realms/{realm}/jsm2fa-customers}. */
public final class CustomerCsvResourceProviderFactory implements AdminRealmResourceProviderFactory {
  public static final String PROVIDER_ID = "jsm2fa-customers";

  @Override
  public AdminRealmResourceProvider create(KeycloakSession session) {
    return new CustomerCsvResourceProvider();
  }

  @Override
  public void init(Config.Scope config) {
    // No settings.
  }

  @Override
  public void postInit(KeycloakSessionFactory factory) {
    // Nothing to prepare.
  }

  @Override
  public void close() {
    // Holds no resources.
  }

  @Override
  public String getId() {
    return PROVIDER_ID;
  }
}
