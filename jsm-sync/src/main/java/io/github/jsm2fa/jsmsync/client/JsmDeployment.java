package io.github.jsm2fa.jsmsync.client;

/** Where the JSM site runs; decides the authentication scheme and the customer key. */
public enum JsmDeployment {
  /** Atlassian Cloud: account e-mail plus API token (basic auth); customers keyed by accountId. */
  CLOUD,
  /** Data Center: personal access token (bearer); customers keyed by user key. */
  DATA_CENTER;

  /** Parses a config value; anything other than {@code dataCenter} means Cloud. */
  public static JsmDeployment fromConfig(String value) {
    return "dataCenter".equalsIgnoreCase(value) ? DATA_CENTER : CLOUD;
  }
}
