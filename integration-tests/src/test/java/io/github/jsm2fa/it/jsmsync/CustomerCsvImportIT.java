package io.github.jsm2fa.it.jsmsync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jsm2fa.it.support.KeycloakIT;
import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.KeycloakServer;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The customer CSV upload on the real Keycloak. */
@KeycloakIT
class CustomerCsvImportIT {
  private static final String CUSTOMERS =
      "E-mail,Display name,Organization\r\n"
          + "ada@example.test,Ada Lovelace,Acme\r\n"
          + "\r\n"
          + "grace@example.test,\"Hopper, Grace\",Acme|Navy\r\n"
          + "alan@example.test,\"Alan\nTuring\",\r\n";

  private ImportHttp http;
  private AdminApi admin;

  @BeforeEach
  void start(KeycloakServer server, AdminApi admin) {
    this.http = new ImportHttp(server.baseUrl());
    this.admin = admin;
  }

  static Stream<Arguments> dialects() {
    return Stream.of(
        Arguments.of("comma, CRLF", bytes(CUSTOMERS, StandardCharsets.UTF_8)),
        Arguments.of(
            "semicolon, LF, UTF-8 BOM",
            bom(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                bytes(CUSTOMERS.replace(',', ';').replace("\r\n", "\n"), StandardCharsets.UTF_8))),
        Arguments.of(
            "tab, CR",
            bytes(CUSTOMERS.replace(',', '\t').replace("\r\n", "\r"), StandardCharsets.UTF_8)),
        Arguments.of(
            "UTF-16LE BOM",
            bom(
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                bytes(CUSTOMERS, StandardCharsets.UTF_16LE))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void dialect_importsEveryCustomer(String name, byte[] file) {
    ImportRealm realm = ImportRealm.create(admin, http, "csv-it", true);

    JsonNode report = upload(realm, file, "");

    assertThat(report.path("summary").path("added").asInt()).as(name).isEqualTo(3);
    assertThat(realm.user("ada@example.test").get("lastName").asText()).isEqualTo("Lovelace");
    assertThat(realm.user("alan@example.test").get("lastName").asText()).isEqualTo("Turing");
    assertThat(realm.organizationsOf(realm.user("grace@example.test").get("id").asText()))
        .containsExactly("Acme", "Navy");
    assertThat(rows(report)).containsExactly("2 created", "3 created", "4 created");
    realm.delete();
  }

  @Test
  @Tag("smoke")
  void dryRun_reportsWithoutWriting_thenRealRunWrites_thenReRunChangesNothing() {
    ImportRealm realm = ImportRealm.create(admin, http, "csv-it", true);
    byte[] file = bytes(CUSTOMERS, StandardCharsets.UTF_8);

    JsonNode dry = upload(realm, file, "dryRun=true");
    int usersAfterDryRun = realm.userCount();
    JsonNode real = upload(realm, file, "");
    List<String> afterReal = realm.snapshot();
    JsonNode lastRunAfterReal = realm.lastRun("csv");
    JsonNode again = upload(realm, file, "");

    assertThat(dry.get("dryRun").asBoolean()).isTrue();
    assertThat(rows(dry)).containsExactly("2 created", "3 created", "4 created");
    assertThat(usersAfterDryRun).isZero();
    assertThat(lastRunAfterReal.get("added").asInt()).isEqualTo(3);
    assertThat(realm.lastRun("csv").get("unchanged").asInt()).isEqualTo(3);
    assertThat(rows(real)).isEqualTo(rows(dry));
    assertThat(rows(again)).containsExactly("2 unchanged", "3 unchanged", "4 unchanged");
    assertThat(realm.snapshot()).isEqualTo(afterReal);
    realm.delete();
  }

  @Test
  void repeatedEmailInOtherCase_oneCustomerFirstRowWins_repeatListed_badRowDoesNotStopTheRest() {
    ImportRealm realm = ImportRealm.create(admin, http, "csv-it", true);
    String file =
        "email;first name;last name\n"
            + "Mixed@Example.test;First;Row\n"
            + "not-an-email;Bad;Row\n"
            + "MIXED@example.TEST;Second;Row\n"
            + "next@example.test;Next;Row\n";

    JsonNode report = upload(realm, bytes(file, StandardCharsets.UTF_8), "");

    assertThat(rows(report)).containsExactly("2 created", "3 failed", "4 skipped", "5 created");
    assertThat(report.get("repeats").get(0).get("row").asInt()).isEqualTo(4);
    assertThat(report.get("repeats").get(0).get("firstRow").asInt()).isEqualTo(2);
    assertThat(realm.user("mixed@example.test").get("firstName").asText()).isEqualTo("First");
    assertThat(realm.userCount()).isEqualTo(2);
    realm.delete();
  }

  @Test
  void noEmailColumn_stopsWithThatMessage() {
    ImportRealm realm = ImportRealm.create(admin, http, "csv-it", true);

    HttpResponse<String> response =
        http.postFile(
            realm.path("/jsm2fa-customers/csv"),
            bytes("name,organization\nAda,Acme\n", StandardCharsets.UTF_8),
            http.adminToken());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("no e-mail column");
    assertThat(realm.userCount()).isZero();
    realm.delete();
  }

  @Test
  void reportAsCsv_neutralizesFormulas() {
    ImportRealm realm = ImportRealm.create(admin, http, "csv-it", true);
    byte[] file = bytes("email,name\n=2+3@example.test,Eve\n", StandardCharsets.UTF_8);

    HttpResponse<String> response =
        http.postFile(realm.path("/jsm2fa-customers/csv?format=csv"), file, http.adminToken());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"'=2+3@example.test\"").doesNotContain(",\"=2");
    realm.delete();
  }

  @Test
  void adminWithoutManageUsers_forbidden() {
    ImportRealm realm = ImportRealm.create(admin, http, "csv-it", true);
    String userId =
        admin.createUser(
            realm.name, "viewer", "viewer@example.test", "View", "Er", "Viewer-pass-1");
    String token = http.token(realm.name, "viewer", "Viewer-pass-1");

    HttpResponse<String> response =
        http.postFile(
            realm.path("/jsm2fa-customers/csv"),
            bytes("email\nx@example.test\n", StandardCharsets.UTF_8),
            token);

    assertThat(userId).isNotNull();
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(realm.userCount()).isEqualTo(1);
    realm.delete();
  }

  private JsonNode upload(ImportRealm realm, byte[] file, String query) {
    HttpResponse<String> response =
        http.postFile(realm.path("/jsm2fa-customers/csv?" + query), file, http.adminToken());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return ImportHttp.parse(response.body());
  }

  private static List<String> rows(JsonNode report) {
    List<String> rows = new ArrayList<>();
    report
        .get("rows")
        .forEach(r -> rows.add(r.get("row").asInt() + " " + r.get("outcome").asText()));
    return rows;
  }

  private static byte[] bytes(String text, Charset charset) {
    return text.getBytes(charset);
  }

  private static byte[] bom(byte[] mark, byte[] body) {
    byte[] out = new byte[mark.length + body.length];
    System.arraycopy(mark, 0, out, 0, mark.length);
    System.arraycopy(body, 0, out, mark.length, body.length);
    return out;
  }
}
