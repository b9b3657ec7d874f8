package io.github.jsm2fa.jsmsync.importer;

/**
 * The last run of an import, as stored for the management dashboard (see {@link LastRunStore}).
 *
 * @param kind {@code jsm} or {@code csv}
 * @param status {@code success}; {@code partial} when the listing stopped early or rows failed;
 *     {@code failed} when the run ended on an error
 * @param message why a run is partial or failed; null otherwise
 */
public record RunSummary(
    String kind,
    String source,
    long startedAt,
    long durationMillis,
    String status,
    int added,
    int updated,
    int disabled,
    int unchanged,
    int skipped,
    int failed,
    String message) {

  public static RunSummary of(
      String kind,
      String source,
      long startedAt,
      String status,
      ImportTally tally,
      String message) {
    return new RunSummary(
        kind,
        source,
        startedAt,
        System.currentTimeMillis() - startedAt,
        status,
        tally.get(ImportOutcome.CREATED),
        tally.get(ImportOutcome.UPDATED),
        tally.get(ImportOutcome.DISABLED),
        tally.get(ImportOutcome.UNCHANGED),
        tally.get(ImportOutcome.SKIPPED),
        tally.get(ImportOutcome.FAILED),
        message);
  }
}
