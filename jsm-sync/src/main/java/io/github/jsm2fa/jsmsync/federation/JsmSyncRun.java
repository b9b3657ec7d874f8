package io.github.jsm2fa.jsmsync.federation;

import io.github.jsm2fa.jsmsync.client.JsmClientException;
import io.github.jsm2fa.jsmsync.client.JsmCustomer;
import io.github.jsm2fa.jsmsync.client.JsmCustomerClient;
import io.github.jsm2fa.jsmsync.client.JsmServiceDesk;
import io.github.jsm2fa.jsmsync.client.PageWalker.Completion;
import io.github.jsm2fa.jsmsync.importer.CustomerAttributes;
import io.github.jsm2fa.jsmsync.importer.CustomerImporter;
import io.github.jsm2fa.jsmsync.importer.ImportOutcome;
import io.github.jsm2fa.jsmsync.importer.ImportResult;
import io.github.jsm2fa.jsmsync.importer.ImportTally;
import io.github.jsm2fa.jsmsync.importer.LastRunStore;
import io.github.jsm2fa.jsmsync.importer.MembershipMappers;
import io.github.jsm2fa.jsmsync.importer.RunSummary;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.storage.UserStorageProviderModel;
import org.keycloak.storage.user.SynchronizationResult;

/**
 * One full sync of a realm from JSM. Organizations are listed first, then the customers of each
 * service desk page by page, each customer applied in its own transaction. Only when every listing
 * completed are the customers the sync owns but JSM no longer lists disabled.
 */
final class JsmSyncRun {
  private static final Logger LOG = Logger.getLogger(JsmSyncRun.class);

  private final KeycloakSessionFactory factory;
  private final String realmId;
  private final UserStorageProviderModel model;
  private final JsmSyncConfig config;
  private final JsmCustomerClient client;
  private final ImportTally tally = new ImportTally();
  private final Map<String, String> organizationCache = new ConcurrentHashMap<>();
  private final Set<String> seen = new HashSet<>();

  JsmSyncRun(
      KeycloakSessionFactory factory,
      String realmId,
      UserStorageProviderModel model,
      JsmSyncConfig config,
      JsmCustomerClient client) {
    this.factory = factory;
    this.realmId = realmId;
    this.model = model;
    this.config = config;
    this.client = client;
  }

  SynchronizationResult run() {
    long startedAt = System.currentTimeMillis();
    LOG.infof(
        "JSM sync started: realm %s, component %s, site %s",
        realmId, model.getName(), config.siteUrl());
    String status = "success";
    String message = null;

    try {
      List<String> desks = serviceDesks();
      OrganizationListing organizations =
          MembershipMappers.NONE.equals(config.organizations())
              ? OrganizationListing.notManaged()
              : OrganizationListing.read(client, desks);
      boolean complete = organizations.complete();
      for (String desk : desks) {
        Completion completion =
            client.customers(desk, page -> page.forEach(c -> apply(c, organizations)));
        if (completion != Completion.COMPLETE) {
          complete = false;
          LOG.warnf(
              "JSM sync of realm %s: customer listing of service desk %s %s",
              realmId, desk, completion);
        }
      }
      if (complete) {
        disableUnlisted();
      } else {
        status = "partial";
        message = "A listing ended early; nobody was disabled.";
      }
    } catch (JsmClientException e) {
      status = "failed";
      message = e.getMessage();
      LOG.errorf(
          e,
          "JSM sync of realm %s, component %s failed; nobody was disabled",
          realmId,
          model.getName());
    }

    RunSummary summary = RunSummary.of("jsm", model.getId(), startedAt, status, tally, message);
    LOG.infof(
        "JSM sync finished (%s): realm %s, component %s: added %d, updated %d, disabled %d,"
            + " failed %d, unchanged %d, skipped %d in %d ms",
        status,
        realmId,
        model.getName(),
        summary.added(),
        summary.updated(),
        summary.disabled(),
        summary.failed(),
        summary.unchanged(),
        summary.skipped(),
        summary.durationMillis());
    LastRunStore.save(factory, realmId, summary);
    return toResult(summary);
  }

  private List<String> serviceDesks() {
    if (!config.serviceDeskIds().isEmpty()) {
      return config.serviceDeskIds();
    }
    return client.serviceDesks().stream().map(JsmServiceDesk::id).toList();
  }

  private void apply(JsmCustomer customer, OrganizationListing organizations) {
    if (customer.id() == null) {
      tally.count(ImportOutcome.FAILED);
      LOG.warnf("JSM sync of realm %s: a listed customer has no id; skipped", realmId);
      return;
    }
    if (!seen.add(customer.id())) {
      return;
    }
    if (customer.email() == null && !config.importWithoutEmail()) {
      tally.count(ImportOutcome.SKIPPED);
      LOG.warnf(
          "JSM sync of realm %s, component %s: customer %s has no e-mail; skipped",
          realmId, model.getName(), customer.id());
      return;
    }

    String[] names = io.github.jsm2fa.jsmsync.importer.DisplayNames.split(customer.displayName());
    var record =
        new io.github.jsm2fa.jsmsync.importer.CustomerRecord(
            customer.id(),
            customer.email(),
            names[0],
            names[1],
            customer.active(),
            organizations.of(customer.id()));
    ImportResult result = inTransaction(importer -> importer.apply(record), customer.id());
    count(result, customer.id());
  }

  private void disableUnlisted() {
    List<String> owned =
        KeycloakModelUtils.runJobInTransactionWithResult(
            factory,
            session ->
                session
                    .users()
                    .searchForUserByUserAttributeStream(
                        realm(session), CustomerAttributes.SOURCE, model.getId())
                    .filter(UserModel::isEnabled)
                    .filter(
                        u -> !seen.contains(u.getFirstAttribute(CustomerAttributes.CUSTOMER_ID)))
                    .map(UserModel::getId)
                    .toList());
    for (String userId : owned) {
      ImportResult result =
          inTransaction(
              (importer, session) -> {
                UserModel user = session.users().getUserById(realm(session), userId);
                return user == null
                    ? ImportResult.of(ImportOutcome.UNCHANGED)
                    : importer.disable(user);
              },
              userId);
      count(result, userId);
    }
  }

  private ImportResult inTransaction(Function<CustomerImporter, ImportResult> work, String id) {
    return inTransaction((importer, session) -> work.apply(importer), id);
  }

  private ImportResult inTransaction(
      java.util.function.BiFunction<CustomerImporter, KeycloakSession, ImportResult> work,
      String id) {
    try {
      return KeycloakModelUtils.runJobInTransactionWithResult(
          factory,
          session -> {
            RealmModel realm = realm(session);
            var memberships =
                MembershipMappers.forRealm(
                    session, realm, config.organizations(), organizationCache);
            var importer = new CustomerImporter(session, realm, memberships, model.getId());
            return work.apply(importer, session);
          });
    } catch (RuntimeException e) {
      LOG.warnf(e, "JSM sync of realm %s: customer %s failed", realmId, id);
      return ImportResult.failed(e.getClass().getSimpleName());
    }
  }

  private RealmModel realm(KeycloakSession session) {
    RealmModel realm = session.realms().getRealm(realmId);
    session.getContext().setRealm(realm);
    return realm;
  }

  private void count(ImportResult result, String id) {
    tally.count(result.outcome());
    if (result.outcome() == ImportOutcome.FAILED) {
      LOG.warnf("JSM sync of realm %s: customer %s failed: %s", realmId, id, result.reason());
    } else {
      LOG.debugf("JSM sync of realm %s: customer %s %s", realmId, id, result.outcome());
    }
  }

  private static SynchronizationResult toResult(RunSummary summary) {
    SynchronizationResult result = new SynchronizationResult();
    result.setAdded(summary.added());
    result.setUpdated(summary.updated());
    result.setRemoved(summary.disabled());
    // A run that failed on the listing reports at least one failure in the admin console.
    result.setFailed(
        "failed".equals(summary.status()) ? Math.max(1, summary.failed()) : summary.failed());
    return result;
  }
}
