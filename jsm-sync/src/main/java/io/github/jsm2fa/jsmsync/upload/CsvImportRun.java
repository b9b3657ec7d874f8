package io.github.jsm2fa.jsmsync.upload;

import io.github.jsm2fa.jsmsync.csv.CsvImportException;
import io.github.jsm2fa.jsmsync.csv.CustomerCsvReader;
import io.github.jsm2fa.jsmsync.csv.CustomerCsvRow;
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
import io.github.jsm2fa.jsmsync.importer.OrganizationRef;
import io.github.jsm2fa.jsmsync.importer.RunSummary;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.utils.EmailValidationUtil;

/**
 * Imports an uploaded customer file in batches of rows (see {@link BatchApplier}; rolled back in a
 * dry run). The first row with an e-mail wins; a later row with the same e-mail in any letter case
 * is skipped and listed as a repeat.
 */
final class CsvImportRun {
  private static final Logger LOG = Logger.getLogger(CsvImportRun.class);
  private static final int BATCH = 100;

  private final KeycloakSessionFactory factory;
  private final String realmId;
  private final String realmName;
  private final boolean dryRun;
  private final ImportTally tally = new ImportTally();
  // LIMITATION: the e-mails seen so far stay in memory to find repeats (about 100 bytes a row).
  // A file of millions of rows needs that much heap. A fix keeps them in a disk-backed set.
  private final Map<String, Long> firstRowByEmail = new HashMap<>();
  private final Map<String, String> organizationCache = new ConcurrentHashMap<>();
  private final List<CsvRowReport> rows = new ArrayList<>();
  private final List<CsvRepeat> repeats = new ArrayList<>();
  private final List<CustomerCsvRow> pending = new ArrayList<>();
  private final BatchApplier applier;

  CsvImportRun(KeycloakSessionFactory factory, String realmId, String realmName, boolean dryRun) {
    this.factory = factory;
    this.realmId = realmId;
    this.realmName = realmName;
    this.dryRun = dryRun;
    this.applier =
        new BatchApplier(
            factory,
            realmId,
            dryRun,
            (session, realm) ->
                new CustomerImporter(
                    session,
                    realm,
                    MembershipMappers.forRealm(
                        session, realm, MembershipMappers.AUTO, organizationCache),
                    CustomerAttributes.CSV_SOURCE));
  }

  /**
   * @throws CsvImportException when the file cannot be opened (encoding, no e-mail column)
   */
  CsvImportReport run(InputStream file, Character delimiter) {
    long startedAt = System.currentTimeMillis();
    String error = null;

    try (CustomerCsvReader reader = CustomerCsvReader.open(file, delimiter)) {
      LOG.infof("CSV import started: realm %s, dry run %s", realmName, dryRun);
      String used = String.valueOf(reader.delimiter());
      try {
        reader.forEach(this::importRow);
      } catch (CsvImportException e) {
        error = e.getMessage();
        LOG.warnf("CSV import in realm %s stopped: %s", realmName, e.getMessage());
      }
      flush();
      rows.sort(Comparator.comparingLong(CsvRowReport::row));
      return finish(startedAt, used, error);
    } catch (IOException e) {
      throw new CsvImportException("The file could not be read: " + e.getMessage(), e);
    }
  }

  private CsvImportReport finish(long startedAt, String delimiter, String error) {
    String status =
        error != null ? "failed" : tally.get(ImportOutcome.FAILED) > 0 ? "partial" : "success";
    RunSummary summary =
        RunSummary.of("csv", CustomerAttributes.CSV_SOURCE, startedAt, status, tally, error);
    LOG.infof(
        "CSV import finished (%s%s): realm %s: added %d, updated %d, disabled %d, failed %d,"
            + " unchanged %d, skipped %d in %d ms",
        status,
        dryRun ? ", dry run" : "",
        realmName,
        summary.added(),
        summary.updated(),
        summary.disabled(),
        summary.failed(),
        summary.unchanged(),
        summary.skipped(),
        summary.durationMillis());
    if (!dryRun) {
      LastRunStore.save(factory, realmId, summary);
    }
    return new CsvImportReport(dryRun, delimiter, summary, rows, repeats, error);
  }

  private void importRow(CustomerCsvRow row) {
    if (row.email() == null) {
      report(row, ImportResult.skipped("no e-mail"));
      return;
    }
    String key = row.email().toLowerCase(Locale.ROOT);
    Long firstRow = firstRowByEmail.putIfAbsent(key, row.rowNumber());
    if (firstRow != null) {
      repeats.add(new CsvRepeat(row.rowNumber(), row.email(), firstRow));
      report(row, ImportResult.skipped("repeats the e-mail of row " + firstRow));
      return;
    }
    if (!EmailValidationUtil.isValidEmail(row.email())) {
      report(row, ImportResult.failed("not a valid e-mail address"));
      return;
    }

    pending.add(row);
    if (pending.size() >= BATCH) {
      flush();
    }
  }

  private void flush() {
    if (pending.isEmpty()) {
      return;
    }
    List<ImportResult> results =
        applier.apply(
            pending,
            (importer, session, row) -> importer.apply(toRecord(row)),
            row -> "row " + row.rowNumber());
    for (int i = 0; i < pending.size(); i++) {
      report(pending.get(i), results.get(i));
    }
    pending.clear();
    if (dryRun) {
      // Organizations created in a rolled-back batch do not exist; forget their ids.
      organizationCache.clear();
    }
  }

  private static CustomerRecord toRecord(CustomerCsvRow row) {
    String first = row.firstName();
    String last = row.lastName();
    if (first == null && last == null && row.displayName() != null) {
      String[] names = DisplayNames.split(row.displayName());
      first = names[0];
      last = names[1];
    }
    Set<OrganizationRef> organizations = null;
    if (row.organizations() != null) {
      organizations = new LinkedHashSet<>();
      for (String name : row.organizations()) {
        organizations.add(new OrganizationRef(null, name));
      }
    }
    return new CustomerRecord(row.accountId(), row.email(), first, last, null, organizations);
  }

  private void report(CustomerCsvRow row, ImportResult result) {
    tally.count(result.outcome());
    rows.add(
        new CsvRowReport(
            row.rowNumber(),
            row.email(),
            result.outcome().name().toLowerCase(Locale.ROOT),
            result.reason()));
    LOG.debugf("CSV import in realm %s: row %d %s", realmName, row.rowNumber(), result.outcome());
  }
}
