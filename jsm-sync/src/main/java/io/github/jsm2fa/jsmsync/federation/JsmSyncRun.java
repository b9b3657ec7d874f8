package io.github.jsm2fa.jsmsync.federation;

import io.github.jsm2fa.jsmsync.client.JsmClientException;
import io.github.jsm2fa.jsmsync.client.JsmCustomer;
import io.github.jsm2fa.jsmsync.client.JsmCustomerClient;
import io.github.jsm2fa.jsmsync.client.JsmServiceDesk;
import io.github.jsm2fa.jsmsync.client.PageWalker.Completion;
import io.github.jsm2fa.jsmsync.importer.BatchApplier;
import io.github.jsm2fa.jsmsync.importer.CustomerAttributes;
import io.github.jsm2fa.jsmsync.importer.CustomerImporter;
import io.github.jsm2fa.jsmsync.importer.CustomerRecord;
import io.github.jsm2fa.jsmsync.importer.DisplayNames;
import io.github.jsm2fa.jsmsync.importer.ImportOutcome;
import io.github.jsm2fa.jsmsync.importer.ImportResult;
import io.github.jsm2fa.jsmsync.importer.ImportTally;
import io.github.jsm2fa.jsmsync.importer.LastRunStore;
import io.github.jsm2fa.jsmsync.importer.MembershipMappers;
import io.github.jsm2fa.jsmsync.importer.RunSummary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
  private static final int DISABLE_BATCH = 100;

  private final KeycloakSessionFactory factory;
  private final String realmId;
  private final UserStorageProviderModel model;
  private final JsmSyncConfig config;
  private final JsmCustomerClient client;
  private final ImportTally tally = new ImportTally();
  private final Map<String, String> organizationCache = new ConcurrentHashMap<>();
  private final Set<String> seen = new HashSet<>();
  private final BatchApplier applier;
  private final String realmName;

  JsmSyncRun(
      KeycloakSessionFactory factory,
      String realmId,
      String realmName,
      UserStorageProviderModel model,
      JsmSyncConfig config,
      JsmCustomerClient client) {
    this.factory = factory;
    this.realmId = realmId;
    this.model = model;
    this.config = config;
    this.client = client;
    this.realmName = realmName;
    this.applier =
        new BatchApplier(
            factory,
            realmId,
            false,
            (session, realm) ->
                new CustomerImporter(
                    session,
                    realm,
                    MembershipMappers.forRealm(
                        session, realm, config.organizations(), organizationCache),
                    model.getId()));
  }

  SynchronizationResult run() {
    long startedAt = System.currentTimeMillis();
    LOG.infof(
        "JSM sync started: realm %s, component %s, site %s",
        realmName, model.getName(), config.siteUrl());
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
        Completion completion = client.customers(desk, page -> applyPage(page, organizations));
        if (completion != Completion.COMPLETE) {
          complete = false;
          LOG.warnf(
              "JSM sync of realm %s: customer listing of service desk %s %s",
              realmName, desk, completion);
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
          realmName,
          model.getName());
    }

    RunSummary summary = RunSummary.of("jsm", model.getId(), startedAt, status, tally, message);
    LOG.infof(
        "JSM sync finished (%s): realm %s, component %s: added %d, updated %d, disabled %d,"
            + " failed %d, unchanged %d, skipped %d in %d ms",
        status,
        realmName,
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

  private void applyPage(List<JsmCustomer> page, OrganizationListing organizations) {
    List<CustomerRecord> records = new ArrayList<>();
    for (JsmCustomer customer : page) {
      CustomerRecord record = toRecord(customer, organizations);
      if (record != null) {
        records.add(record);
      }
    }
    List<ImportResult> results =
        applier.apply(
            records,
            (importer, session, record) -> importer.apply(record),
            CustomerRecord::customerId);
    for (int i = 0; i < records.size(); i++) {
      count(results.get(i), records.get(i).customerId());
    }
  }

  // Null when the customer is not to be applied: a repeat, or no id, or no e-mail when skipped.
  private CustomerRecord toRecord(JsmCustomer customer, OrganizationListing organizations) {
    if (customer.id() == null) {
      tally.count(ImportOutcome.FAILED);
      LOG.warnf("JSM sync of realm %s: a listed customer has no id; not imported", realmName);
      return null;
    }
    if (!seen.add(customer.id())) {
      return null;
    }
    if (customer.email() == null && !config.importWithoutEmail()) {
      tally.count(ImportOutcome.SKIPPED);
      LOG.warnf(
          "JSM sync of realm %s, component %s: customer %s has no e-mail; skipped",
          realmName, model.getName(), customer.id());
      return null;
    }

    String[] names = DisplayNames.split(customer.displayName());
    return new CustomerRecord(
        customer.id(),
        customer.email(),
        names[0],
        names[1],
        customer.active(),
        organizations.of(customer.id()));
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
    for (int from = 0; from < owned.size(); from += DISABLE_BATCH) {
      List<String> batch = owned.subList(from, Math.min(owned.size(), from + DISABLE_BATCH));
      List<ImportResult> results =
          applier.apply(
              batch,
              (importer, session, userId) -> {
                UserModel user = session.users().getUserById(realm(session), userId);
                return user == null
                    ? ImportResult.of(ImportOutcome.UNCHANGED)
                    : importer.disable(user);
              },
              userId -> "user " + userId);
      for (int i = 0; i < batch.size(); i++) {
        count(results.get(i), "user " + batch.get(i));
      }
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
      LOG.warnf("JSM sync of realm %s: customer %s failed: %s", realmName, id, result.reason());
    } else {
      LOG.debugf("JSM sync of realm %s: customer %s %s", realmName, id, result.outcome());
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
