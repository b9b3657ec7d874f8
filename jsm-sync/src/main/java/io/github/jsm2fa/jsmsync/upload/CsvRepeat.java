package io.github.jsm2fa.jsmsync.upload;

/** A row whose e-mail, ignoring letter case, an earlier row already used. */
public record CsvRepeat(long row, String email, long firstRow) {}
