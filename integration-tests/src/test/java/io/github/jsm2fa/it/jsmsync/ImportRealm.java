package io.github.jsm2fa.it.jsmsync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jsm2fa.testbed.AdminApi;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/** A fresh realm for one test, with the admin calls the import tests make on it. */
final class ImportRealm {
  final String name;
  final boolean organizations;
  private final AdminApi admin;
  private final ImportHttp http;

  private ImportRealm(String name, boolean organizations, AdminApi admin, ImportHttp http) {
    this.name = name;
    this.organizations = organizations;
    this.admin = admin;
    this.http = http;
  }

  /** Creates the realm; customer attributes are made visible to admins for the assertions. */
  static ImportRealm create(AdminApi admin, ImportHttp http, String prefix, boolean organizations) {
    String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    admin.post(
        "/admin/realms",
        Map.of("realm", name, "enabled", true, "organizationsEnabled", organizations));
    ObjectNode profile = (ObjectNode) admin.get("/admin/realms/" + name + "/users/profile");
    profile.put("unmanagedAttributePolicy", "ADMIN_VIEW");
    admin.put("/admin/realms/" + name + "/users/profile", profile);
    return new ImportRealm(name, organizations, admin, http);
  }

  String path(String rest) {
    return "/admin/realms/" + name + rest;
  }

  /** Adds a JSM sync component; returns its id. Throws when Keycloak rejects the settings. */
  String addSync(Map<String, String> settings) {
    Map<String, List<String>> config = new HashMap<>();
    settings.forEach((key, value) -> config.put(key, List.of(value)));
    return admin.post(
        path("/components"),
        Map.of(
            "name", "jsm",
            "providerId", "jsm2fa-jsm-sync",
            "providerType", "org.keycloak.storage.UserStorageProvider",
            "parentId", admin.realm(name).get("id").asText(),
            "config", config));
  }

  HttpResponse<String> tryAddSync(Map<String, String> settings) {
    Map<String, List<String>> config = new HashMap<>();
    settings.forEach((key, value) -> config.put(key, List.of(value)));
    return http.postJson(
        path("/components"),
        Map.of(
            "name", "jsm",
            "providerId", "jsm2fa-jsm-sync",
            "providerType", "org.keycloak.storage.UserStorageProvider",
            "parentId", admin.realm(name).get("id").asText(),
            "config", config));
  }

  /** "Synchronize all users" as the admin console sends it; returns Keycloak's result. */
  JsonNode fullSync(String componentId) {
    return sync(componentId, "triggerFullSync");
  }

  JsonNode changedSync(String componentId) {
    return sync(componentId, "triggerChangedUsersSync");
  }

  private JsonNode sync(String componentId, String action) {
    HttpResponse<String> response =
        http.postJson(path("/user-storage/" + componentId + "/sync?action=" + action), Map.of());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Sync answered " + response.statusCode());
    }
    return ImportHttp.parse(response.body());
  }

  JsonNode user(String email) {
    JsonNode users = admin.get(path("/users?exact=true&briefRepresentation=false&email=" + email));
    return users.size() == 0 ? null : users.get(0);
  }

  JsonNode userByUsername(String username) {
    JsonNode users =
        admin.get(path("/users?exact=true&briefRepresentation=false&username=" + username));
    return users.size() == 0 ? null : users.get(0);
  }

  int userCount() {
    return admin.get(path("/users/count")).asInt();
  }

  /** Names of the user's organizations (or JSM organization groups), sorted. */
  List<String> organizationsOf(String userId) {
    JsonNode memberships =
        organizations
            ? admin.get(path("/organizations/members/" + userId + "/organizations"))
            : admin.get(path("/users/" + userId + "/groups?briefRepresentation=false"));
    TreeSet<String> names = new TreeSet<>();
    memberships.forEach(
        m -> {
          if (organizations || m.path("path").asText().startsWith("/JSM organizations/")) {
            names.add(m.get("name").asText());
          }
        });
    return new ArrayList<>(names);
  }

  /** Every user as one comparable line: who, enabled, JSM id and organizations. */
  List<String> snapshot() {
    TreeSet<String> lines = new TreeSet<>();
    for (JsonNode user : admin.get(path("/users?briefRepresentation=false&max=10000"))) {
      lines.add(
          String.join(
              "|",
              user.path("username").asText(),
              user.path("email").asText(),
              user.path("firstName").asText(),
              user.path("lastName").asText(),
              user.path("enabled").asText(),
              user.path("attributes").path("jsmCustomerId").path(0).asText(),
              String.join(",", organizationsOf(user.get("id").asText()))));
    }
    return new ArrayList<>(lines);
  }

  JsonNode lastRun(String key) {
    String json = admin.realm(name).path("attributes").path("jsm2fa.lastImport." + key).asText();
    return json.isEmpty() ? null : ImportHttp.parse(json);
  }

  void setPassword(String userId, String password) {
    admin.put(
        path("/users/" + userId + "/reset-password"),
        Map.of("type", "password", "value", password, "temporary", false));
  }

  int sessionCount(String userId) {
    return admin.get(path("/users/" + userId + "/sessions")).size();
  }

  void delete() {
    admin.delete("/admin/realms/" + name);
  }
}
