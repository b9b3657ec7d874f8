package io.github.jsm2fa.yubikey;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * Admin REST endpoint for offline keys: {@code POST
 * /admin/realms/{realm}/jsm2fa-yubikey/users/{userId}/keys} with YubiKey Manager's CSV as the body
 * binds each row's key to the customer. Needs manage-users on that customer. The answer names each
 * row's outcome and never a secret.
 */
public final class YubikeyAdminResource {

  private static final Logger LOG = Logger.getLogger(YubikeyAdminResource.class);

  private final KeycloakSession session;
  private final RealmModel realm;
  private final AdminPermissionEvaluator auth;
  private final AdminEventBuilder adminEvent;

  YubikeyAdminResource(
      KeycloakSession session,
      RealmModel realm,
      AdminPermissionEvaluator auth,
      AdminEventBuilder adminEvent) {
    this.session = session;
    this.realm = realm;
    this.auth = auth;
    this.adminEvent = adminEvent;
  }

  @POST
  @Path("users/{userId}/keys")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  public List<KeyImportResult> importKeys(
      @PathParam("userId") String userId, @QueryParam("label") String label, String csv) {
    UserModel user = session.users().getUserById(realm, userId);
    if (user == null) {
      auth.users().requireManage();
      throw new NotFoundException("user not found");
    }
    auth.users().requireManage(user);

    List<KeyImportResult> results = new ArrayList<>();
    String[] lines = csv == null ? new String[0] : csv.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      importLine(user, i + 1, lines[i], label).ifPresent(results::add);
    }

    long imported = results.stream().filter(r -> "imported".equals(r.result())).count();
    LOG.infof(
        "YubiKey import for user %s in realm %s: %d imported, %d not imported",
        user.getId(), realm.getName(), imported, results.size() - imported);
    adminEvent
        .operation(OperationType.CREATE)
        .resource(ResourceType.USER)
        .resourcePath(session.getContext().getUri())
        .success();
    return results;
  }

  private Optional<KeyImportResult> importLine(
      UserModel user, int line, String text, String label) {
    Optional<KeyImportRow> row;
    try {
      row = KeyImportRow.parse(line, text);
    } catch (KeyImportRow.InvalidRowException e) {
      return Optional.of(KeyImportResult.invalid(line, e.getMessage()));
    }
    if (row.isEmpty()) {
      return Optional.empty();
    }

    String keyLabel = label == null || label.isBlank() ? "YubiKey " + row.get().publicId() : label;
    YubikeyCredentialModel credential =
        YubikeyCredentialModel.create(
            keyLabel, YubikeyCredentialData.offline(row.get().publicId()), row.get().secret());
    try {
      new YubikeyCredentialProvider(session).createCredential(realm, user, credential);
    } catch (ModelDuplicateException e) {
      return Optional.of(KeyImportResult.alreadyRegistered(row.get()));
    }
    return Optional.of(KeyImportResult.imported(row.get()));
  }
}
