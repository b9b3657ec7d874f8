package io.github.jsm2fa.management;

import io.github.jsm2fa.common.NoLifecycleProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/** Registers the management API at {@code /admin/realms/{realm}/jsm2fa-management}. */
public class CustomerManagementProviderFactory
    implements AdminRealmResourceProviderFactory,
        NoLifecycleProviderFactory<AdminRealmResourceProvider>,
        AdminRealmResourceProvider {

  public static final String ID = "jsm2fa-management";

  @Override
  public AdminRealmResourceProvider create(KeycloakSession session) {
    return this;
  }

  @Override
  public Object getResource(
      KeycloakSession session,
      RealmModel realm,
      AdminPermissionEvaluator auth,
      AdminEventBuilder adminEvent) {
    return new CustomerResource(session, realm, auth, adminEvent);
  }

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public void close() {}
}
