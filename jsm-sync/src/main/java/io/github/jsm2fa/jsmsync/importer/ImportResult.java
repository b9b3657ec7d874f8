package io.github.jsm2fa.jsmsync.importer;

/**
 * The outcome for one customer, with the reason for a skip or a failure.
 *
 * @param reason null unless skipped or failed
 */
public record ImportResult(ImportOutcome outcome, String reason) {

  public static ImportResult of(ImportOutcome outcome) {
    return new ImportResult(outcome, null);
  }

  public static ImportResult skipped(String reason) {
    return new ImportResult(ImportOutcome.SKIPPED, reason);
  }

  public static ImportResult failed(String reason) {
    return new ImportResult(ImportOutcome.FAILED, reason);
  }
}
