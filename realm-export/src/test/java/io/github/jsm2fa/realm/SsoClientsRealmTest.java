package io.github.jsm2fa.realm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SSO clients of the ready realm, read from the file Keycloak imports. */
class SsoClientsRealmTest {

  private static final String EMAIL_FORMAT =
      "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";

  /** An import placeholder with a default: {@code ${NAME:default}}. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+):([^}]*)}");

  private static String text;
  private static JsonNode realm;

  @BeforeAll
  static void readRealm() throws IOException {
    try (InputStream in =
        SsoClientsRealmTest.class.getResourceAsStream("/realm/jsm-portal-realm.json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    realm = new ObjectMapper().readTree(text);
  }

  @Test
  void samlClient_entityIdAndAcsComeFromTheEnvironment() {
    JsonNode saml = client("saml");

    assertThat(saml.path("clientId").asText()).startsWith("${JSM2FA_ATLASSIAN_ENTITY_ID:");
    String acs = saml.path("attributes").path("saml_assertion_consumer_url_post").asText();
    assertThat(acs).startsWith("${JSM2FA_ATLASSIAN_ACS_URL:");
    assertThat(texts(saml.path("redirectUris"))).containsExactly(acs);
  }

  @Test
  void samlClient_forcesTheEmailNameIdFromTheEmailAttribute() {
    JsonNode attributes = client("saml").path("attributes");

    assertThat(attributes.path("saml_name_id_format").asText()).isEqualTo("email");
    assertThat(attributes.path("saml_force_name_id_format").asText()).isEqualTo("true");
    JsonNode mapper = mapper(client("saml"), "saml-user-attribute-nameid-mapper");
    assertThat(mapper.path("config").path("mapper.nameid.format").asText()).isEqualTo(EMAIL_FORMAT);
    assertThat(mapper.path("config").path("user.attribute").asText()).isEqualTo("email");
  }

  @Test
  void samlClient_signsDocumentAndAssertionWithAShortLifetime() {
    JsonNode attributes = client("saml").path("attributes");

    assertThat(attributes.path("saml.server.signature").asText()).isEqualTo("true");
    assertThat(attributes.path("saml.assertion.signature").asText()).isEqualTo("true");
    assertThat(attributes.path("saml.signature.algorithm").asText()).isEqualTo("RSA_SHA256");
    assertThat(attributes.path("saml.force.post.binding").asText()).isEqualTo("true");
    assertThat(Integer.parseInt(attributes.path("saml.assertion.lifespan").asText()))
        .isBetween(30, 300);
  }

  @Test
  void ssoClients_useTheRealmsBrowserFlowWithTheSecondFactor() {
    for (JsonNode client : realm.path("clients")) {
      assertThat(client.path("authenticationFlowBindingOverrides").size())
          .as("flow overrides of %s", client.path("clientId").asText())
          .isZero();
    }
  }

  @Test
  void browserFlow_endsWithTheEmailCheckAfterBothWaysOfSigningIn() {
    JsonNode top = flow(realm.path("browserFlow").asText());
    List<JsonNode> steps = new ArrayList<>();
    top.path("authenticationExecutions").forEach(steps::add);

    assertThat(steps).allMatch(step -> step.path("requirement").asText().equals("REQUIRED"));
    JsonNode last = steps.get(steps.size() - 1);
    assertThat(last.path("authenticator").asText()).isEqualTo("jsm2fa-sso-email-required");
    JsonNode signIn = flow(steps.get(0).path("flowAlias").asText());
    List<String> ways = new ArrayList<>();
    signIn
        .path("authenticationExecutions")
        .forEach(e -> ways.add(e.path("authenticator").asText(e.path("flowAlias").asText())));
    assertThat(ways).contains("auth-cookie", "jsm2fa browser forms");
  }

  @Test
  void directGrantFlow_refusesEveryPasswordGrant() {
    // Keycloak's own direct-grant flow asks only an authenticator-app code, and only of customers
    // who have one: a password alone would buy a token for the account console.
    JsonNode steps = flow(realm.path("directGrantFlow").asText()).path("authenticationExecutions");

    assertThat(steps).hasSize(1);
    assertThat(steps.get(0).path("authenticator").asText()).isEqualTo("deny-access-authenticator");
    assertThat(steps.get(0).path("requirement").asText()).isEqualTo("REQUIRED");
  }

  @Test
  void resetCredentialsFlow_asksEverySecondFactorBeforeTheNewPassword() {
    List<String> steps = new ArrayList<>();
    flow(realm.path("resetCredentialsFlow").asText())
        .path("authenticationExecutions")
        .forEach(e -> steps.add(e.path("authenticator").asText(e.path("flowAlias").asText())));
    List<String> methods = new ArrayList<>();
    flow("jsm2fa reset second factor")
        .path("authenticationExecutions")
        .forEach(e -> methods.add(e.path("authenticator").asText()));

    assertThat(steps)
        .containsExactly(
            "reset-credentials-choose-user",
            "reset-credential-email",
            "jsm2fa reset second factor",
            "reset-password");
    assertThat(methods)
        .containsExactly(
            "conditional-user-configured",
            "auth-otp-form",
            "jsm2fa-webauthn",
            "jsm2fa-security-questions",
            "jsm2fa-yubikey-otp",
            "auth-recovery-authn-code-form");
  }

  @Test
  void oidcClient_isConfidentialWithCodeFlowOnlyAndAnExactRedirect() {
    JsonNode oidc = client("openid-connect");

    assertThat(oidc.path("clientId").asText()).isEqualTo("jsm-data-center");
    assertThat(oidc.path("publicClient").asBoolean()).isFalse();
    assertThat(oidc.path("standardFlowEnabled").asBoolean()).isTrue();
    assertThat(oidc.path("implicitFlowEnabled").asBoolean()).isFalse();
    assertThat(oidc.path("directAccessGrantsEnabled").asBoolean()).isFalse();
    assertThat(texts(oidc.path("redirectUris")))
        .singleElement()
        .satisfies(uri -> assertThat(uri).startsWith("${JSM2FA_JSM_DC_REDIRECT_URI:"))
        .satisfies(uri -> assertThat(uri).doesNotContain("*"));
  }

  @Test
  void realm_holdsNoSecretAndNoUser() {
    for (JsonNode client : realm.path("clients")) {
      assertThat(client.has("secret")).as(client.path("clientId").asText()).isFalse();
    }
    assertThat(realm.has("users")).isFalse();
    assertThat(text).doesNotContainIgnoringCase("\"password\"");
  }

  @Test
  void placeholderDefaults_areReservedNamesThatNeverResolve() {
    Matcher matcher = PLACEHOLDER.matcher(text);
    int found = 0;
    while (matcher.find()) {
      found++;
      String fallback = matcher.group(2);
      assertThat(
              fallback.startsWith("urn:jsm2fa:") || fallback.matches("https://[^/]+\\.invalid/.*"))
          .as("default of %s: %s", matcher.group(1), fallback)
          .isTrue();
    }
    assertThat(found).isGreaterThanOrEqualTo(3);
  }

  private static JsonNode client(String protocol) {
    List<JsonNode> matches = new ArrayList<>();
    realm
        .path("clients")
        .forEach(
            c -> {
              // The management page's own client is not a portal SSO client.
              if (c.path("protocol").asText().equals(protocol)
                  && !c.path("clientId").asText().equals("jsm2fa-management")) {
                matches.add(c);
              }
            });
    assertThat(matches).as("%s clients", protocol).hasSize(1);
    return matches.get(0);
  }

  private static JsonNode mapper(JsonNode client, String type) {
    for (JsonNode mapper : client.path("protocolMappers")) {
      if (mapper.path("protocolMapper").asText().equals(type)) {
        return mapper;
      }
    }
    throw new AssertionError("no " + type + " on " + client.path("clientId").asText());
  }

  private static JsonNode flow(String alias) {
    for (JsonNode flow : realm.path("authenticationFlows")) {
      if (flow.path("alias").asText().equals(alias)) {
        return flow;
      }
    }
    throw new AssertionError("no flow " + alias);
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
