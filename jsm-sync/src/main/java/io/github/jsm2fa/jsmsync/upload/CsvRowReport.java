package io.github.jsm2fa.jsmsync.upload;

/**
 * One line of an upload's report.
 *
 * @param row the record's position in the file (header = 1)
 * @param outcome created, updated, disabled, unchanged, skipped or failed, in lower case
 * @param reason why a row was skipped or failed; null otherwise
 */
public record CsvRowReport(long row, String email, String outcome, String reason) {}
