package io.github.jsm2fa.jsmsync.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The secret used against JSM. {@link #toString()} never reveals the token. */
public final class JsmCredentials {
  private final JsmDeployment deployment;
  private final String accountEmail;
  private final String token;

  public JsmCredentials(JsmDeployment deployment, String accountEmail, String token) {
    this.deployment = deployment;
    this.accountEmail = accountEmail == null ? "" : accountEmail;
    this.token = token == null ? "" : token;
  }

  public JsmDeployment deployment() {
    return deployment;
  }

  /** The value of the Authorization header. */
  String authorizationHeader() {
    if (deployment == JsmDeployment.DATA_CENTER) {
      return "Bearer " + token;
    }
    String pair = accountEmail + ":" + token;
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "JsmCredentials[" + deployment + ", token=***]";
  }
}
