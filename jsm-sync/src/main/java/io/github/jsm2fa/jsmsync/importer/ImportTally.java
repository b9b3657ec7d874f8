package io.github.jsm2fa.jsmsync.importer;

import java.util.EnumMap;
import java.util.Map;

/** Counts outcomes of one run. */
public final class ImportTally {
  private final Map<ImportOutcome, Integer> counts = new EnumMap<>(ImportOutcome.class);

  public void count(ImportOutcome outcome) {
    counts.merge(outcome, 1, Integer::sum);
  }

  public int get(ImportOutcome outcome) {
    return counts.getOrDefault(outcome, 0);
  }

  /** Outcomes that wrote to the realm. */
  public int changes() {
    return get(ImportOutcome.CREATED) + get(ImportOutcome.UPDATED) + get(ImportOutcome.DISABLED);
  }
}
