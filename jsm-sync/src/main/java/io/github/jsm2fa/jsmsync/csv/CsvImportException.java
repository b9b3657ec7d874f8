package io.github.jsm2fa.jsmsync.csv;

/** The file as a whole cannot be read: wrong encoding, no e-mail column, broken structure. */
public class CsvImportException extends RuntimeException {

  public CsvImportException(String message) {
    super(message);
  }

  public CsvImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
