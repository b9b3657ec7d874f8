package io.github.jsm2fa.common;

/**
 * A stored setting that cannot be used: names the setting and the message key that explains why.
 * Each typed config throws its own subclass, so a caller catches only the config it reads.
 */
public abstract class InvalidSettingException extends IllegalArgumentException {

  private final String key;
  private final String messageKey;

  /**
   * {@code settingsName} says whose setting it is in the log: "2FA policy", "security-questions".
   */
  protected InvalidSettingException(String settingsName, String key, String messageKey) {
    super("Invalid " + settingsName + " setting '" + key + "': " + messageKey);
    this.key = key;
    this.messageKey = messageKey;
  }

  public String key() {
    return key;
  }

  public String messageKey() {
    return messageKey;
  }
}
