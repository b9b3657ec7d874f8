package io.github.jsm2fa.jsmsync.upload;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

final class CustomerCsvResourceProvider implements AdminRealmResourceProvider {

  @Override
  public Object getResource(
      KeycloakSession session,
      RealmModel realm,
      AdminPermissionEvaluator auth,
      AdminEventBuilder adminEvent) {
    return new CustomerCsvResource(session, realm, auth);
  }

  @Override
  public void close() {
    // Holds no resources.
  }
}
