package io.github.jsm2fa.jsmsync.upload;

import io.github.jsm2fa.jsmsync.importer.RunSummary;
import java.util.List;

/**
 * What an upload did (or, in a dry run, would do).
 *
 * @param error why the file stopped being read; null when it was read to the end
 */
public record CsvImportReport(
    boolean dryRun,
    String delimiter,
    RunSummary summary,
    List<CsvRowReport> rows,
    List<CsvRepeat> repeats,
    String error) {}
