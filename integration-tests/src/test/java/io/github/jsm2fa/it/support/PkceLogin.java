package io.github.jsm2fa.it.support;

import io.github.jsm2fa.testbed.RestClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An authorization-code login with PKCE through the browser, as the account console does it, using
 * the {@code account-console} client every realm has. Start it, let the test walk the login pages
 * (password, second factor, enrollment), then finish it to get a customer's access token.
 */
public final class PkceLogin {

  static final String CLIENT_ID = "account-console";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final URI baseUrl;
  private final String realm;
  private final String clientId;
  private final String redirectUri;
  private final String verifier = randomToken();
  private final String state = randomToken();

  private PkceLogin(URI baseUrl, String realm, String clientId, String redirectPath) {
    this.baseUrl = baseUrl;
    this.realm = realm;
    this.clientId = clientId;
    this.redirectUri = baseUrl.resolve(redirectPath).toString();
  }

  /** Opens the authorization endpoint; the browser then shows the realm's first login page. */
  public static PkceLogin start(Browser browser, URI baseUrl, String realm) {
    return start(browser, baseUrl, realm, Map.of());
  }

  /**
   * Opens the authorization endpoint with extra parameters, such as {@code kc_action} for an
   * application-initiated action.
   */
  public static PkceLogin start(
      Browser browser, URI baseUrl, String realm, Map<String, String> extraParams) {
    PkceLogin login = new PkceLogin(baseUrl, realm, CLIENT_ID, "/realms/" + realm + "/account/");
    browser.navigate(login.authorizationUrl(extraParams));
    return login;
  }

  /** Opens the authorization endpoint for another public client of the realm. */
  public static PkceLogin startFor(
      Browser browser, URI baseUrl, String realm, String clientId, String redirectPath) {
    PkceLogin login = new PkceLogin(baseUrl, realm, clientId, redirectPath);
    browser.navigate(login.authorizationUrl(Map.of()));
    return login;
  }

  /** Exchanges the code the browser was redirected with for a customer's access token. */
  public AccountApi finish(Browser browser) {
    return new AccountApi(baseUrl, realm, finishWithToken(browser));
  }

  /** Exchanges the code the browser was redirected with; answers the raw access token. */
  public String finishWithToken(Browser browser) {
    URI landed = browser.currentUrl();
    Map<String, String> query = query(landed);
    if (!landed.toString().startsWith(redirectUri) || !query.containsKey("code")) {
      throw new IllegalStateException("The login did not finish; the browser is at " + landed);
    }
    if (!state.equals(query.get("state"))) {
      throw new IllegalStateException("The login came back with a different state");
    }
    return exchange(query.get("code"));
  }

  URI authorizationUrl() {
    return authorizationUrl(Map.of());
  }

  URI authorizationUrl(Map<String, String> extraParams) {
    Map<String, String> params = new HashMap<>(extraParams);
    params.put("client_id", clientId);
    params.put("redirect_uri", redirectUri);
    params.put("response_type", "code");
    params.put("response_mode", "query");
    params.put("scope", "openid");
    params.put("state", state);
    params.put("code_challenge", challenge(verifier));
    params.put("code_challenge_method", "S256");
    return baseUrl.resolve(realmPath() + "/protocol/openid-connect/auth?" + encode(params));
  }

  private String exchange(String code) {
    Map<String, String> form = new HashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("client_id", clientId);
    form.put("code", code);
    form.put("redirect_uri", redirectUri);
    form.put("code_verifier", verifier);
    HttpRequest request =
        HttpRequest.newBuilder(baseUrl.resolve(realmPath() + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(BodyPublishers.ofString(encode(form)))
            .build();
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request, BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "Code exchange answered " + response.statusCode() + ": " + response.body());
      }
      return AccountApi.JSON.readTree(response.body()).get("access_token").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String realmPath() {
    return "/realms/" + realm;
  }

  static String challenge(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String encode(Map<String, String> params) {
    return params.entrySet().stream()
        .map(e -> RestClient.encode(e.getKey()) + "=" + RestClient.encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  static Map<String, String> query(URI uri) {
    Map<String, String> values = new HashMap<>();
    if (uri.getRawQuery() == null) {
      return values;
    }
    for (String pair : uri.getRawQuery().split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        values.put(
            pair.substring(0, equals),
            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
  }
}
