package io.github.jsm2fa.jsmsync.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Applies a batch of customers in one transaction for speed; when that transaction fails, applies
 * them again one transaction per customer, so one bad record fails alone and the rest still land.
 */
public final class BatchApplier {
  private static final Logger LOG = Logger.getLogger(BatchApplier.class);

  private final KeycloakSessionFactory factory;
  private final String realmId;
  private final boolean dryRun;
  private final BiFunction<KeycloakSession, RealmModel, CustomerImporter> importers;

  /**
   * @param dryRun roll every transaction back
   * @param importers builds the importer for a session and its realm
   */
  public BatchApplier(
      KeycloakSessionFactory factory,
      String realmId,
      boolean dryRun,
      BiFunction<KeycloakSession, RealmModel, CustomerImporter> importers) {
    this.factory = factory;
    this.realmId = realmId;
    this.dryRun = dryRun;
    this.importers = importers;
  }

  /**
   * @param work applies one item with the importer and the session
   * @param describe names an item in the log (an id or a row number, never a payload)
   * @return one result per item, in order
   */
  public <T> List<ImportResult> apply(List<T> items, Work<T> work, Function<T, String> describe) {
    try {
      return inTransaction(
          (importer, session) -> {
            List<ImportResult> results = new ArrayList<>(items.size());
            for (T item : items) {
              results.add(work.apply(importer, session, item));
            }
            return results;
          });
    } catch (RuntimeException batchFailure) {
      LOG.debugf("A batch of %d failed (%s); applying one by one", items.size(), batchFailure);
    }

    List<ImportResult> results = new ArrayList<>(items.size());
    for (T item : items) {
      try {
        results.add(inTransaction((importer, session) -> work.apply(importer, session, item)));
      } catch (RuntimeException e) {
        LOG.warnf(e, "Import into realm %s: %s could not be saved", realmId, describe.apply(item));
        results.add(
            ImportResult.failed("could not be saved (" + e.getClass().getSimpleName() + ")"));
      }
    }
    return results;
  }

  private <R> R inTransaction(BiFunction<CustomerImporter, KeycloakSession, R> body) {
    return KeycloakModelUtils.runJobInTransactionWithResult(
        factory,
        session -> {
          if (dryRun) {
            session.getTransactionManager().setRollbackOnly();
          }
          RealmModel realm = session.realms().getRealm(realmId);
          session.getContext().setRealm(realm);
          return body.apply(importers.apply(session, realm), session);
        });
  }

  /** Applies one item. */
  @FunctionalInterface
  public interface Work<T> {
    ImportResult apply(CustomerImporter importer, KeycloakSession session, T item);
  }
}
