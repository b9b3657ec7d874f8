package io.github.jsm2fa.jsmsync.csv;

import java.util.List;

/**
 * One customer line of an uploaded file. Absent or blank cells are null.
 *
 * @param rowNumber the record's position in the file, the header being row 1 and blank lines not
 *     counted
 * @param organizations the names in the organizations cell, split on {@code |}; empty when the cell
 *     is blank, null when the file has no such column
 */
public record CustomerCsvRow(
    long rowNumber,
    String email,
    String displayName,
    String firstName,
    String lastName,
    String accountId,
    List<String> organizations) {}
