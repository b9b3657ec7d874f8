package io.github.jsm2fa.yubikey.client;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * What the client needs to ask validation servers.
 *
 * @param servers the verify endpoints, e.g. {@code https://api.yubico.com/wsapi/2.0/verify}
 * @param clientId the numeric client id the API key belongs to
 * @param apiKey the decoded API key, shared with the servers
 * @param timeout how long to wait for the servers' answers
 */
public record ValidationSettings(
    List<URI> servers, String clientId, byte[] apiKey, Duration timeout) {

  public ValidationSettings {
    servers = List.copyOf(servers);
    apiKey = apiKey.clone();
  }

  @Override
  public byte[] apiKey() {
    return apiKey.clone();
  }

  @Override
  public String toString() {
    return "ValidationSettings[servers=" + servers + ", clientId=" + clientId + "]";
  }
}
