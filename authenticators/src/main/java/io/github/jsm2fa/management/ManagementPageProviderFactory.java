package io.github.jsm2fa.management;

import io.github.jsm2fa.common.NoLifecycleProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/** Registers the management page at {@code /realms/{realm}/jsm2fa-manage/}. */
public class ManagementPageProviderFactory
    implements RealmResourceProviderFactory, NoLifecycleProviderFactory<RealmResourceProvider> {

  public static final String ID = "jsm2fa-manage";

  @Override
  public RealmResourceProvider create(KeycloakSession session) {
    return new ManagementPageResource(session);
  }

  @Override
  public String getId() {
    return ID;
  }
}
