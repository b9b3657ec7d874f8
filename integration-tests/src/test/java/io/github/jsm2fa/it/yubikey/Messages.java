package io.github.jsm2fa.it.yubikey;

/** The English texts of the YubiKey pages' messages, as the customer reads them. */
final class Messages {

  static final String MALFORMED = "That is not a YubiKey code.";
  static final String INVALID = "That YubiKey code is not valid.";
  static final String REPLAYED = "That YubiKey code was already used.";
  static final String NOT_REGISTERED = "This YubiKey is not registered to your account.";
  static final String UNAVAILABLE = "YubiKey codes cannot be checked at the moment.";
  static final String LOCKED = "Too many failed attempts.";
  static final String TAKEN = "This YubiKey is registered to someone else.";
  static final String LABEL = "Give the key a name of 1 to 64 characters.";

  private Messages() {}
}
