package io.github.jsm2fa.realm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ready realm's user profile: the e-mail is the customer's NameID at Atlassian, so only admins
 * and the pack's imports may change it.
 */
class UserProfileRealmTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode realm;
  private static JsonNode profile;

  @BeforeAll
  static void readRealm() throws IOException {
    try (InputStream in =
        UserProfileRealmTest.class.getResourceAsStream("/realm/jsm-portal-realm.json")) {
      realm = JSON.readTree(in);
    }
    JsonNode providers =
        realm.path("components").path("org.keycloak.userprofile.UserProfileProvider");
    assertThat(providers).hasSize(1);
    JsonNode component = providers.get(0);
    assertThat(component.path("providerId").asText()).isEqualTo("declarative-user-profile");
    JsonNode config = component.path("config").path("kc.user.profile.config");
    assertThat(config).hasSize(1);
    profile = JSON.readTree(config.get(0).asText());
  }

  @Test
  void email_isShownToTheCustomerButEditableByAdminsOnly() {
    JsonNode permissions = attribute("email").path("permissions");

    assertThat(texts(permissions.path("edit"))).containsExactly("admin");
    assertThat(texts(permissions.path("view"))).containsExactlyInAnyOrder("admin", "user");
  }

  @Test
  void username_cannotBeChangedByTheCustomer() {
    assertThat(realm.path("editUsernameAllowed").isBoolean()).isTrue();
    assertThat(realm.path("editUsernameAllowed").asBoolean()).isFalse();
  }

  @Test
  void names_stayEditableByTheCustomer() {
    for (String name : List.of("firstName", "lastName")) {
      assertThat(texts(attribute(name).path("permissions").path("edit")))
          .as(name)
          .containsExactlyInAnyOrder("admin", "user");
    }
  }

  @Test
  void defaultAttributes_keepKeycloaksValidationsAndGroup() {
    List<String> names = new ArrayList<>();
    profile.path("attributes").forEach(a -> names.add(a.path("name").asText()));

    assertThat(names).containsExactly("username", "email", "firstName", "lastName");
    assertThat(attribute("username").path("validations").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder(
            "length", "username-prohibited-characters", "up-username-not-idn-homograph");
    assertThat(attribute("email").path("validations").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("email", "length");
    assertThat(attribute("firstName").path("validations").has("person-name-prohibited-characters"))
        .isTrue();
    assertThat(profile.path("groups").get(0).path("name").asText()).isEqualTo("user-metadata");
  }

  @Test
  void unmanagedAttributes_stayOffSoCustomersCannotWriteThePacksAttributes() {
    assertThat(profile.has("unmanagedAttributePolicy")).isFalse();
  }

  private static JsonNode attribute(String name) {
    for (JsonNode attribute : profile.path("attributes")) {
      if (attribute.path("name").asText().equals(name)) {
        return attribute;
      }
    }
    throw new AssertionError("no attribute " + name + " in the user profile");
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
