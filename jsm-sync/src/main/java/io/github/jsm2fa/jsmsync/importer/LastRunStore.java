package io.github.jsm2fa.jsmsync.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Keeps the last run's {@link RunSummary} as JSON in a realm attribute, {@code
 * jsm2fa.lastImport.jsm.<component id>} for a sync and {@code jsm2fa.lastImport.csv} for an upload,
 * where the admin REST API (realm representation, {@code attributes}) and the management dashboard
 * read it.
 */
public final class LastRunStore {
  public static final String PREFIX = "jsm2fa.lastImport.";
  private static final Logger LOG = Logger.getLogger(LastRunStore.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private LastRunStore() {}

  public static String attributeName(RunSummary summary) {
    return "csv".equals(summary.kind())
        ? PREFIX + "csv"
        : PREFIX + summary.kind() + "." + summary.source();
  }

  /** Writes in its own transaction; a failure here is logged and never fails the run. */
  public static void save(KeycloakSessionFactory factory, String realmId, RunSummary summary) {
    try {
      String json = JSON.writeValueAsString(summary);
      KeycloakModelUtils.runJobInTransaction(
          factory,
          session -> {
            RealmModel realm = session.realms().getRealm(realmId);
            if (realm != null) {
              realm.setAttribute(attributeName(summary), json);
            }
          });
    } catch (JsonProcessingException | RuntimeException e) {
      LOG.errorf(
          e, "Could not store the summary of the %s import in realm %s", summary.kind(), realmId);
    }
  }
}
