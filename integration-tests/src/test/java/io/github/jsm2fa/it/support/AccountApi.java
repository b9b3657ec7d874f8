package io.github.jsm2fa.it.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jsm2fa.testbed.RestClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;

// LIMITATION: the access token is never renewed. A test that runs longer than the realm's access
// token lifespan gets 401 answers. Renewal needs the refresh token kept from the code exchange.
/**
 * A customer's own view through the account REST API ({@code /realms/{realm}/account/...}), the API
 * behind the account console, which is a JavaScript app the headless browser cannot run.
 *
 * <p>Get one from {@link #signIn} when the password is the whole login, or from {@link
 * PkceLogin#finish} after walking second-factor pages. The token lives as long as the realm's
 * access token lifespan (5 minutes by default).
 */
public final class AccountApi {

  static final ObjectMapper JSON = new ObjectMapper();

  private final String realm;
  private final RestClient rest;

  AccountApi(URI baseUrl, String realm, String accessToken) {
    this.realm = realm;
    this.rest = new RestClient(baseUrl, () -> accessToken);
  }

  /** Signs in with a password only; fails if the realm asks for anything more. */
  public static AccountApi signIn(
      Browser browser, URI baseUrl, String realm, String username, String password) {
    PkceLogin login = PkceLogin.start(browser, baseUrl, realm);
    new LoginPage(Browser.asHtml(browser.currentPage())).signIn(username, password);
    return login.finish(browser);
  }

  /** Credential types with their stored credentials, as the account console lists them. */
  public JsonNode credentials() {
    return rest.get(path("/credentials"));
  }

  /** Ids of the customer's stored credentials of one type, such as {@code password}. */
  public List<String> credentialIds(String type) {
    List<String> ids = new ArrayList<>();
    for (JsonNode group : credentials()) {
      if (!type.equals(group.path("type").asText())) {
        continue;
      }
      for (JsonNode metadata : group.path("userCredentialMetadatas")) {
        ids.add(metadata.path("credential").path("id").asText());
      }
    }
    return ids;
  }

  public void deleteCredential(String credentialId) {
    rest.delete(path("/credentials/" + credentialId));
  }

  /**
   * Saves the profile as the account console does ({@code POST /account}); answers the HTTP status
   * so a test can check a refusal.
   */
  public int updateProfile(JsonNode representation) {
    try {
      HttpRequest.Builder request =
          rest.request(path(""))
              .header("Content-Type", "application/json")
              .POST(BodyPublishers.ofString(JSON.writeValueAsString(representation)));
      return rest.exchange(request).statusCode();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Any other account API resource, such as {@code ""} for the profile. */
  public JsonNode get(String subPath) {
    return rest.get(path(subPath));
  }

  private String path(String subPath) {
    return "/realms/" + realm + "/account" + subPath;
  }
}
