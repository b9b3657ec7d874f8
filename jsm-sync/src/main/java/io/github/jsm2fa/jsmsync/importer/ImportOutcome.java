package io.github.jsm2fa.jsmsync.importer;

/** What happened to one customer. */
public enum ImportOutcome {
  CREATED,
  UPDATED,
  DISABLED,
  UNCHANGED,
  SKIPPED,
  FAILED
}
