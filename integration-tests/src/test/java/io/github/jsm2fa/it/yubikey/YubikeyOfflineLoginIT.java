package io.github.jsm2fa.it.yubikey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jsm2fa.it.support.Browser;
import io.github.jsm2fa.it.support.KeycloakIT;
import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.KeycloakServer;
import io.github.jsm2fa.testbed.yubico.YubikeyOtpGenerator;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Keys whose secret an admin imported: validated offline, counters kept in the database. */
@KeycloakIT
@Tag("smoke")
class YubikeyOfflineLoginIT {

  static YubikeyTestRealm realm;
  static YubikeyCustomers customers;
  static KeyImportClient importer;
  static KeycloakServer keycloak;

  @BeforeAll
  static void setUp(KeycloakServer server, AdminApi admin) {
    keycloak = server;
    // No validation server and no API key: offline keys need neither.
    realm = YubikeyTestRealm.create(admin, "yubikey-offline", 5);
    customers = new YubikeyCustomers(realm, server.baseUrl());
    importer = new KeyImportClient(server.baseUrl());
  }

  YubikeyCustomers.Customer withImportedKey(YubikeyOtpGenerator key) {
    String username = YubikeyCustomers.uniqueName("offline");
    String id = realm.createCustomer(username);
    KeyImportClient.Answer answer =
        importer.importCsv("admin", "admin", realm.name, id, key.ykmanCsvLine("1234567") + "\n");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().get(0).path("result").asText()).isEqualTo("imported");
    return new YubikeyCustomers.Customer(username, id);
  }

  @Test
  void import_answersPerRow_andNeverEchoesTheSecret() {
    YubikeyOtpGenerator key = YubikeyOtpGenerator.random();
    YubikeyOtpGenerator taken = YubikeyOtpGenerator.random();
    withImportedKey(taken);
    String id = realm.createCustomer(YubikeyCustomers.uniqueName("rows"));
    String csv =
        "# serial,public id,private id,key,access code,timestamp\n"
            + key.ykmanCsvLine("1")
            + "\n"
            + taken.ykmanCsvLine("2")
            + "\r\n"
            + "3,notmodhex!!!,a1b2c3d4e5f6,00112233445566778899aabbccddeeff,,x,\n";

    KeyImportClient.Answer answer = importer.importCsv("admin", "admin", realm.name, id, csv);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).hasSize(3);
    assertThat(answer.body().get(0).path("result").asText()).isEqualTo("imported");
    assertThat(answer.body().get(1).path("result").asText()).isEqualTo("already-registered");
    assertThat(answer.body().get(2).path("result").asText()).isEqualTo("invalid");
    assertThat(answer.body().get(2).path("line").asInt()).isEqualTo(4);
    String everything = answer.body() + realm.admin.userCredentials(realm.name, id).toString();
    assertThat(everything).doesNotContain(key.aesKeyHex()).doesNotContain(key.privateIdHex());
  }

  @Test
  void import_needsManageUsers() {
    String id = realm.createCustomer(YubikeyCustomers.uniqueName("guarded"));
    String viewer = YubikeyCustomers.uniqueName("viewer");
    realm.admin.createUser("master", viewer, viewer + "@example.com", "V", "W", "Viewer-pass-1");

    KeyImportClient.Answer answer =
        importer.importCsv(
            viewer,
            "Viewer-pass-1",
            realm.name,
            id,
            YubikeyOtpGenerator.random().ykmanCsvLine("9"));

    assertThat(answer.status()).isEqualTo(403);
  }

  @Test
  void importedKey_signsInOffline_andAReplayIsRefusedAndCounted() {
    YubikeyOtpGenerator key = YubikeyOtpGenerator.random();
    YubikeyCustomers.Customer customer = withImportedKey(key);
    String otp = key.nextOtp();

    assertThat(customers.signsIn(customer, otp)).isTrue();
    try (Browser browser = new Browser()) {
      var step = customers.submit(browser, customer, otp);

      assertThat(step.otpError()).startsWith(Messages.REPLAYED);
    }
    customers.awaitFailures(customer, 1);
    assertThat(customers.signsIn(customer, key.nextOtp())).isTrue();
  }

  @Test
  void countersBehindTheStoredOnes_areRefused_andFlagTheKeyAsPossiblyCloned() {
    YubikeyOtpGenerator key = YubikeyOtpGenerator.random();
    YubikeyCustomers.Customer customer = withImportedKey(key);
    key.powerUp();
    key.powerUp();
    assertThat(customers.signsIn(customer, key.nextOtp())).isTrue();

    String fromAClone = key.otp(1, 7);
    try (Browser browser = new Browser()) {
      assertThat(customers.submit(browser, customer, fromAClone).otpError())
          .startsWith(Messages.REPLAYED);
    }

    JsonNode credential = yubikeyCredential(customer.id());
    assertThat(credential.path("credentialData").asText()).contains("cloneWarning", "cloned");
    customers.awaitFailures(customer, 1);
  }

  @Test
  void otpOfTheKeyFromAnotherSecret_isInvalid() {
    YubikeyOtpGenerator key = YubikeyOtpGenerator.random();
    YubikeyCustomers.Customer customer = withImportedKey(key);
    YubikeyOtpGenerator forged =
        new YubikeyOtpGenerator(
            key.publicId(), key.privateIdHex(), "ffeeddccbbaa99887766554433221100", 1);

    try (Browser browser = new Browser()) {
      assertThat(customers.submit(browser, customer, forged.nextOtp()).otpError())
          .startsWith(Messages.INVALID);
    }
    customers.awaitFailures(customer, 1);
  }

  @Test
  void secrets_neverReachTheServerLog() throws Exception {
    YubikeyOtpGenerator key = YubikeyOtpGenerator.random();
    YubikeyCustomers.Customer customer = withImportedKey(key);
    String otp = key.nextOtp();
    assertThat(customers.signsIn(customer, otp)).isTrue();

    String log = Files.readString(keycloak.logFile());

    assertThat(log).doesNotContain(key.aesKeyHex()).doesNotContain(otp.substring(12));
  }

  private static JsonNode yubikeyCredential(String userId) {
    for (JsonNode c : realm.admin.userCredentials(realm.name, userId)) {
      if (YubikeyTestRealm.CREDENTIAL_TYPE.equals(c.path("type").asText())) {
        return c;
      }
    }
    throw new AssertionError("no YubiKey credential");
  }
}
