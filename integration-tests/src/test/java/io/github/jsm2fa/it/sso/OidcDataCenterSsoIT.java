package io.github.jsm2fa.it.sso;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jsm2fa.it.support.Browser;
import io.github.jsm2fa.it.support.KeycloakIT;
import io.github.jsm2fa.it.support.LoginPage;
import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.KeycloakServer;
import io.github.jsm2fa.testbed.RestClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The realm's OpenID Connect client for JSM Data Center's SSO app: a customer signs in through the
 * realm's browser flow, second factor included, and the app gets an ID token with the e-mail.
 */
@KeycloakIT
class OidcDataCenterSsoIT {

  private static final String CLIENT_ID = "jsm-data-center";
  private static final String PASSWORD = "Center-Pass-1";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void customer_passesTheSecondFactorAndTheAppGetsTheEmail(KeycloakServer server, AdminApi admin)
      throws Exception {
    URI base = server.baseUrl();
    // The realm file took the Data Center app's address from the environment at import.
    String redirectUri = SsoImportEnvironment.dataCenterRedirectUri(base);
    String clientPath = clientPath(admin);
    assertThat(admin.get(clientPath).path("redirectUris"))
        .extracting(JsonNode::asText)
        .containsExactly(redirectUri);
    String secret = admin.get(clientPath + "/client-secret").path("value").asText();
    String email = "dc-" + UUID.randomUUID() + "@example.com";
    admin.createUser("jsm-portal", email, email, "Dana", "Center", PASSWORD);

    String code;
    try (Browser browser = new Browser()) {
      browser.navigate(
          base.resolve(
              "/realms/jsm-portal/protocol/openid-connect/auth?client_id="
                  + CLIENT_ID
                  + "&response_type=code&scope=openid%20email&state=s1&redirect_uri="
                  + RestClient.encode(redirectUri)));
      HtmlPage next =
          SecurityQuestionsSteps.chooseSecurityQuestionsIfAsked(
              new LoginPage((HtmlPage) browser.currentPage()).signIn(email, PASSWORD));
      assertThat(SecurityQuestionsSteps.isSetupShown(next)).as("second factor").isTrue();
      SecurityQuestionsSteps.enroll(next);
      URI landed = browser.currentUrl();
      assertThat(landed.toString()).startsWith(redirectUri);
      code = query(landed, "code");
    }

    JsonNode tokens = exchange(base, code, redirectUri, secret);
    JsonNode idToken = claims(tokens.path("id_token").asText());
    assertThat(idToken.path("email").asText()).isEqualTo(email);
    assertThat(idToken.path("aud").asText()).isEqualTo(CLIENT_ID);
  }

  private static String clientPath(AdminApi admin) {
    JsonNode found = admin.get("/admin/realms/jsm-portal/clients?clientId=" + CLIENT_ID);
    return "/admin/realms/jsm-portal/clients/" + found.get(0).path("id").asText();
  }

  private static JsonNode exchange(URI base, String code, String redirectUri, String secret)
      throws IOException, InterruptedException {
    String form =
        "grant_type=authorization_code&code="
            + RestClient.encode(code)
            + "&redirect_uri="
            + RestClient.encode(redirectUri);
    String basic =
        Base64.getEncoder()
            .encodeToString((CLIENT_ID + ":" + secret).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/realms/jsm-portal/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Authorization", "Basic " + basic)
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static JsonNode claims(String jwt) throws IOException {
    String payload = jwt.split("\\.")[1];
    return JSON.readTree(Base64.getUrlDecoder().decode(payload));
  }

  private static String query(URI uri, String name) {
    for (String pair : uri.getRawQuery().split("&")) {
      if (pair.startsWith(name + "=")) {
        return java.net.URLDecoder.decode(
            pair.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    throw new IllegalStateException("No " + name + " in " + uri);
  }
}
