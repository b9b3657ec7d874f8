package io.github.jsm2fa.it.jsmsync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jsm2fa.it.support.KeycloakIT;
import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.KeycloakServer;
import io.github.jsm2fa.testbed.jsm.Fault;
import io.github.jsm2fa.testbed.jsm.JsmSimulator;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The JSM customer sync on the real Keycloak, through the admin REST calls the console makes. */
@KeycloakIT
class JsmSyncIT {
  private JsmSimulator simulator;
  private ImportHttp http;
  private AdminApi admin;

  @BeforeEach
  void start(KeycloakServer server, AdminApi admin) {
    this.simulator = SyncFixture.start();
    this.http = new ImportHttp(server.baseUrl());
    this.admin = admin;
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  private ImportRealm realm(boolean organizations) {
    return ImportRealm.create(admin, http, "sync-it", organizations);
  }

  @Test
  @Tag("smoke")
  void firstSync_importsCustomersOfAllDesksOnceWithIdsAndOrganizations() {
    ImportRealm realm = realm(true);
    String component = realm.addSync(SyncFixture.settings(simulator));

    JsonNode result = realm.fullSync(component);

    assertThat(result.get("added").asInt()).isEqualTo(SyncFixture.importedWithEmail());
    assertThat(result.get("failed").asInt()).isZero();
    assertThat(realm.userCount()).isEqualTo(SyncFixture.importedWithEmail());
    JsonNode first = realm.user(SyncFixture.email(1));
    assertThat(first.get("username").asText()).isEqualTo(SyncFixture.email(1));
    assertThat(first.get("firstName").asText()).isEqualTo("Customer");
    assertThat(first.get("lastName").asText()).isEqualTo("00001");
    assertThat(first.path("attributes").path("jsmCustomerId").get(0).asText())
        .isEqualTo("acc-00001");
    assertThat(realm.organizationsOf(first.get("id").asText())).containsExactly("Acme");
    assertThat(realm.organizationsOf(realm.user(SyncFixture.email(3)).get("id").asText()))
        .containsExactly("Globex");
    assertThat(realm.user("late@example.test")).isNotNull();
    JsonNode lastRun = realm.lastRun("jsm." + component);
    assertThat(lastRun.get("status").asText()).isEqualTo("success");
    assertThat(lastRun.get("added").asInt()).isEqualTo(SyncFixture.importedWithEmail());
    assertThat(lastRun.get("skipped").asInt()).isEqualTo(1);
    realm.delete();
  }

  @Test
  void changedSync_updatesNamesEmailsAndOrganizations_thenNoChangeRunChangesNothing() {
    ImportRealm realm = realm(true);
    String component = realm.addSync(SyncFixture.settings(simulator));
    realm.fullSync(component);
    var site = simulator.site();
    site.updateCustomer(site.customer("acc-00001").withDisplayName("Ada Lovelace"));
    site.updateCustomer(site.customer("acc-00002").withEmail("moved@example.test"));
    site.removeMember("11", "acc-00003").addMember("10", "acc-00003");

    JsonNode changed = realm.changedSync(component);
    List<String> afterChange = realm.snapshot();
    JsonNode again = realm.fullSync(component);

    assertThat(changed.get("updated").asInt()).isEqualTo(3);
    assertThat(changed.get("added").asInt()).isZero();
    assertThat(realm.user(SyncFixture.email(1)).get("lastName").asText()).isEqualTo("Lovelace");
    JsonNode moved = realm.user("moved@example.test");
    assertThat(moved.get("username").asText()).isEqualTo("moved@example.test");
    assertThat(realm.user(SyncFixture.email(2))).isNull();
    assertThat(realm.organizationsOf(realm.user(SyncFixture.email(3)).get("id").asText()))
        .containsExactly("Acme");
    assertThat(again.get("added").asInt() + again.get("updated").asInt()).isZero();
    assertThat(again.get("removed").asInt()).isZero();
    assertThat(realm.snapshot()).isEqualTo(afterChange);
    assertThat(realm.lastRun("jsm." + component).get("unchanged").asInt())
        .isEqualTo(SyncFixture.importedWithEmail());
    realm.delete();
  }

  @Test
  void deactivatedCustomer_disabledWithSessionsEnded_andReactivatedLater() {
    ImportRealm realm = realm(true);
    String component = realm.addSync(SyncFixture.settings(simulator));
    realm.fullSync(component);
    String userId = realm.user(SyncFixture.email(4)).get("id").asText();
    realm.setPassword(userId, "Customer-pass-1");
    http.token(realm.name, SyncFixture.email(4), "Customer-pass-1");
    assertThat(realm.sessionCount(userId)).isEqualTo(1);
    var site = simulator.site();

    site.updateCustomer(site.customer("acc-00004").withActive(false));
    JsonNode deactivated = realm.fullSync(component);
    boolean enabledAfterDeactivation = realm.user(SyncFixture.email(4)).get("enabled").asBoolean();
    int sessionsAfterDeactivation = realm.sessionCount(userId);
    site.updateCustomer(site.customer("acc-00004").withActive(true));
    JsonNode reactivated = realm.fullSync(component);

    assertThat(deactivated.get("removed").asInt()).isEqualTo(1);
    assertThat(enabledAfterDeactivation).isFalse();
    assertThat(sessionsAfterDeactivation).isZero();
    assertThat(reactivated.get("updated").asInt()).isEqualTo(1);
    assertThat(realm.user(SyncFixture.email(4)).get("enabled").asBoolean()).isTrue();
    assertThat(realm.user(SyncFixture.email(4)).get("id").asText()).isEqualTo(userId);
    realm.delete();
  }

  @Test
  void customerMissingFromListing_disabledOnlyAfterACompleteListing() {
    ImportRealm realm = realm(true);
    String component = realm.addSync(SyncFixture.settings(simulator));
    realm.fullSync(component);
    simulator.site().removeCustomer("acc-00006");
    simulator.injectFault(JsmSimulator.customersPath("1"), 14, Fault.serverError(500, 1));

    JsonNode failed = realm.fullSync(component);
    boolean enabledAfterFailure = realm.user(SyncFixture.email(6)).get("enabled").asBoolean();
    JsonNode failedRun = realm.lastRun("jsm." + component);
    JsonNode complete = realm.fullSync(component);

    assertThat(failed.get("failed").asInt()).isPositive();
    assertThat(failed.get("removed").asInt()).isZero();
    assertThat(enabledAfterFailure).isTrue();
    assertThat(failedRun.get("status").asText()).isEqualTo("failed");
    assertThat(failedRun.get("message").asText()).contains("500");
    assertThat(complete.get("removed").asInt()).isEqualTo(1);
    assertThat(realm.user(SyncFixture.email(6)).get("enabled").asBoolean()).isFalse();
    realm.delete();
  }

  @Test
  void customerWithoutEmail_skippedOrImportedById() {
    ImportRealm skipping = realm(true);
    ImportRealm byId = realm(true);
    Map<String, String> settings = SyncFixture.settings(simulator);
    String skipComponent = skipping.addSync(settings);
    settings.put("withoutEmail", "importById");
    String byIdComponent = byId.addSync(settings);

    skipping.fullSync(skipComponent);
    byId.fullSync(byIdComponent);

    assertThat(skipping.userByUsername("jsm-acc-noemail")).isNull();
    assertThat(skipping.lastRun("jsm." + skipComponent).get("skipped").asInt()).isEqualTo(1);
    JsonNode nora = byId.userByUsername("jsm-acc-noemail");
    assertThat(nora.has("email")).isFalse();
    assertThat(nora.get("firstName").asText()).isEqualTo("Nora");
    assertThat(byId.userCount()).isEqualTo(SyncFixture.importedWithEmail() + 1);
    skipping.delete();
    byId.delete();
  }

  @Test
  void emailChangedOnlyInLetterCase_isNoChange() {
    ImportRealm realm = realm(true);
    String component = realm.addSync(SyncFixture.settings(simulator));
    realm.fullSync(component);
    var site = simulator.site();
    site.updateCustomer(site.customer("acc-00007").withEmail("Customer-00007@EXAMPLE.test"));

    JsonNode result = realm.fullSync(component);

    assertThat(result.get("updated").asInt()).isZero();
    assertThat(realm.user(SyncFixture.email(7)).get("username").asText())
        .isEqualTo(SyncFixture.email(7));
    realm.delete();
  }

  @Test
  void realmWithoutOrganizations_mapsThemToGroups() {
    ImportRealm realm = realm(false);
    String component = realm.addSync(SyncFixture.settings(simulator));

    realm.fullSync(component);

    assertThat(realm.organizationsOf(realm.user(SyncFixture.email(1)).get("id").asText()))
        .containsExactly("Acme");
    assertThat(realm.organizationsOf(realm.user(SyncFixture.email(3)).get("id").asText()))
        .containsExactly("Globex");
    realm.delete();
  }

  @Test
  void wrongToken_rejectedWhenSaving() {
    ImportRealm realm = realm(true);
    Map<String, String> settings = SyncFixture.settings(simulator);
    settings.put("apiToken", "not-the-token");

    HttpResponse<String> response = realm.tryAddSync(settings);

    assertThat(response.statusCode()).isEqualTo(400);
    // The admin console shows the message of jsm2fa-jsm-sync-connection-failed with the cause.
    assertThat(response.body()).contains("rejected the credentials (401)");
    assertThat(response.body()).doesNotContain("not-the-token");
    realm.delete();
  }

  @Test
  void unknownServiceDesk_rejectedWhenSaving() {
    ImportRealm realm = realm(true);
    Map<String, String> settings = SyncFixture.settings(simulator);
    settings.put("serviceDesks", "1, 99");

    HttpResponse<String> response = realm.tryAddSync(settings);

    assertThat(response.statusCode()).isEqualTo(400);
    realm.delete();
  }
}
