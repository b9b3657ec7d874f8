package io.github.jsm2fa.management;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/** Registers the management page at {@code /realms/{realm}/jsm2fa-manage/}. */
public class ManagementPageProviderFactory implements RealmResourceProviderFactory {

  public static final String ID = "jsm2fa-manage";

  @Override
  public RealmResourceProvider create(KeycloakSession session) {
    return new ManagementPageResource(session);
  }

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}
}
