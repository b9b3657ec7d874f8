package io.github.jsm2fa.realm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The realm file as a whole: strict JSON, fit for production. */
class RealmFileTest {

  private static JsonNode read() throws IOException {
    // A repeated key would silently drop the first value in Keycloak's import.
    ObjectMapper strict = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    try (InputStream in = RealmFileTest.class.getResourceAsStream("/realm/jsm-portal-realm.json")) {
      return strict.readTree(in);
    }
  }

  @Test
  void realmFile_hasNoRepeatedKeys() throws IOException {
    assertThat(read().path("realm").asText()).isEqualTo("jsm-portal");
  }

  @Test
  void realmFile_namesEachRequiredActionFlowAndClientOnce() throws IOException {
    JsonNode realm = read();

    assertThat(values(realm.path("requiredActions"), "alias")).doesNotHaveDuplicates();
    assertThat(values(realm.path("authenticationFlows"), "alias")).doesNotHaveDuplicates();
    assertThat(values(realm.path("clients"), "clientId")).doesNotHaveDuplicates();
  }

  private static java.util.List<String> values(JsonNode array, String field) {
    java.util.List<String> values = new java.util.ArrayList<>();
    array.forEach(item -> values.add(item.path(field).asText()));
    return values;
  }

  @Test
  void realmFile_holdsNoUsersAndNoSecrets() throws IOException {
    JsonNode realm = read();

    assertThat(realm.has("users")).isFalse();
    for (JsonNode client : realm.path("clients")) {
      assertThat(client.path("secret").asText(""))
          .as("secret of %s", client.path("clientId").asText())
          .isEmpty();
    }
  }

  @Test
  void realmFile_countsFailuresTowardLockout() throws IOException {
    JsonNode realm = read();

    assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
    assertThat(realm.path("failureFactor").asInt()).isPositive();
  }
}
