package io.github.jsm2fa.common;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;

/**
 * A factory of the pack with nothing to read at start and nothing to release at shutdown: each
 * provider it creates reads its settings from the realm when it runs.
 */
public interface NoLifecycleProviderFactory<T extends Provider> extends ProviderFactory<T> {

  @Override
  default void init(Config.Scope config) {}

  @Override
  default void postInit(KeycloakSessionFactory factory) {}

  @Override
  default void close() {}
}
