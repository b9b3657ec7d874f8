package io.github.jsm2fa.yubikey;

import io.github.jsm2fa.common.NoLifecycleProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;

/** Mounts {@link YubikeyAdminResource} at {@code /admin/realms/{realm}/jsm2fa-yubikey}. */
public final class YubikeyAdminResourceProviderFactory
    implements AdminRealmResourceProviderFactory,
        NoLifecycleProviderFactory<AdminRealmResourceProvider> {

  public static final String PROVIDER_ID = "jsm2fa-yubikey";

  @Override
  public AdminRealmResourceProvider create(KeycloakSession session) {
    return new AdminRealmResourceProvider() {
      @Override
      public Object getResource(
          KeycloakSession s,
          org.keycloak.models.RealmModel realm,
          org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator auth,
          org.keycloak.services.resources.admin.AdminEventBuilder adminEvent) {
        return new YubikeyAdminResource(s, realm, auth, adminEvent);
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public String getId() {
    return PROVIDER_ID;
  }
}
