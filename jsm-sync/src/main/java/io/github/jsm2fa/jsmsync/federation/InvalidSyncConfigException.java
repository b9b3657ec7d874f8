package io.github.jsm2fa.jsmsync.federation;

/** A sync setting is wrong; carries the admin message key and its parameters. */
public class InvalidSyncConfigException extends RuntimeException {
  private final transient Object[] parameters;

  public InvalidSyncConfigException(String messageKey, Object... parameters) {
    super(messageKey);
    this.parameters = parameters;
  }

  public Object[] parameters() {
    return parameters.clone();
  }
}
