package io.github.jsm2fa.testbed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keycloak's admin REST API, signed in as a master-realm admin through {@code admin-cli}. */
public final class AdminApi {

  // Master-realm admin tokens live 60 s by default; fetch a new one well before that.
  private static final Duration EARLY_RENEWAL = Duration.ofSeconds(15);

  private final URI baseUrl;
  private final String username;
  private final String password;
  private final RestClient rest;
  private String accessToken;
  private Instant renewAt = Instant.MIN;

  public AdminApi(URI baseUrl, String username, String password) {
    this.baseUrl = baseUrl;
    this.username = username;
    this.password = password;
    this.rest = new RestClient(baseUrl, this::accessToken);
  }

  public JsonNode get(String path) {
    return rest.get(path);
  }

  /** POST a JSON body; returns the id of a created resource, or null. */
  public String post(String path, Object body) {
    return rest.post(path, body);
  }

  public void put(String path, Object body) {
    rest.put(path, body);
  }

  /** POST a text body of the given media type, such as {@code text/csv}; answers the JSON reply. */
  public JsonNode postText(String path, String mediaType, String body) {
    return rest.postText(path, mediaType, body);
  }

  public void delete(String path) {
    rest.delete(path);
  }

  public void createRealm(String realm) {
    post("/admin/realms", Map.of("realm", realm, "enabled", true));
  }

  public ObjectNode realm(String realm) {
    return (ObjectNode) get("/admin/realms/" + realm);
  }

  public void updateRealm(String realm, JsonNode representation) {
    put("/admin/realms/" + realm, representation);
  }

  /** Creates an enabled user with a verified email and a permanent password; returns its id. */
  public String createUser(
      String realm, String username, String email, String first, String last, String password) {
    Map<String, Object> credential =
        Map.of("type", "password", "value", password, "temporary", false);
    Map<String, Object> user =
        Map.of(
            "username", username,
            "email", email,
            "firstName", first,
            "lastName", last,
            "enabled", true,
            "emailVerified", true,
            "credentials", List.of(credential));
    return post("/admin/realms/" + realm + "/users", user);
  }

  /** Maps roles of one of the realm's clients, such as {@code realm-management}, to a user. */
  public void grantClientRoles(String realm, String userId, String clientId, List<String> roles) {
    String realmPath = "/admin/realms/" + realm;
    String client =
        get(realmPath + "/clients?clientId=" + RestClient.encode(clientId))
            .get(0)
            .path("id")
            .asText();
    List<JsonNode> mapped = new ArrayList<>();
    for (String role : roles) {
      mapped.add(get(realmPath + "/clients/" + client + "/roles/" + role));
    }
    if (!mapped.isEmpty()) {
      post(realmPath + "/users/" + userId + "/role-mappings/clients/" + client, mapped);
    }
  }

  public Optional<String> findUserId(String realm, String username) {
    JsonNode users =
        get(
            "/admin/realms/"
                + realm
                + "/users?exact=true&briefRepresentation=true&username="
                + RestClient.encode(username));
    return users.size() == 0 ? Optional.empty() : Optional.of(users.get(0).get("id").asText());
  }

  public JsonNode userCredentials(String realm, String userId) {
    return get("/admin/realms/" + realm + "/users/" + userId + "/credentials");
  }

  /** Brute-force detection state, such as {@code numFailures} and {@code disabled}. */
  public Map<String, Object> bruteForceStatus(String realm, String userId) {
    JsonNode status =
        get("/admin/realms/" + realm + "/attack-detection/brute-force/users/" + userId);
    return RestClient.JSON.convertValue(status, new TypeReference<Map<String, Object>>() {});
  }

  /** The newest admin events first; the realm must have admin events enabled. */
  public JsonNode adminEvents(String realm) {
    return get("/admin/realms/" + realm + "/admin-events");
  }

  /** The newest login events first; the realm must have events enabled. */
  public JsonNode events(String realm) {
    return get("/admin/realms/" + realm + "/events");
  }

  public JsonNode serverInfo() {
    return get("/admin/serverinfo");
  }

  private synchronized String accessToken() {
    if (accessToken == null || Instant.now().isAfter(renewAt)) {
      signIn();
    }
    return accessToken;
  }

  private void signIn() {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(baseUrl.resolve("/realms/master/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                RestClient.form(
                    Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "admin-cli",
                        "username",
                        username,
                        "password",
                        password)));
    HttpResponse<String> response = rest.exchange(request);
    if (response.statusCode() != 200) {
      // The body names the OAuth error only; it holds no credentials.
      throw new RestException(response.statusCode(), "admin sign-in", response.body());
    }
    JsonNode token = RestClient.parse(response);
    accessToken = token.get("access_token").asText();
    long lifetime = token.get("expires_in").asLong();
    renewAt = Instant.now().plusSeconds(lifetime).minus(EARLY_RENEWAL);
  }
}
