package io.github.jsm2fa.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jsm2fa.it.support.Browser;
import io.github.jsm2fa.it.support.Chromium;
import io.github.jsm2fa.it.support.Customers;
import io.github.jsm2fa.it.support.KeycloakIT;
import io.github.jsm2fa.it.support.PolicyAdmin;
import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.KeycloakServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The management page in a real browser: an admin signs in through Keycloak with PKCE, sees the
 * dashboard the API reports, and resets MFA for two customers at once.
 */
@KeycloakIT
class ManagementPageChromiumIT {

  private static final String REALM = PolicyAdmin.REALM;
  private static final String API = "/admin/realms/" + REALM + "/jsm2fa-management";

  private final URI base;
  private final AdminApi admin;
  private final PolicyAdmin policy;

  ManagementPageChromiumIT(KeycloakServer server, AdminApi admin) {
    this.base = server.baseUrl();
    this.admin = admin;
    this.policy = new PolicyAdmin(admin);
  }

  @AfterEach
  void restorePolicy() {
    policy.restore();
  }

  @Test
  void signIn_dashboardEqualsTheApi_bulkResetMfa_dryRunCsvUpload() throws Exception {
    String first = Customers.create(admin, "page");
    String second = Customers.create(admin, "page");
    for (String customer : List.of(first, second)) {
      try (Browser browser = new Browser()) {
        Customers.enrollTotp(browser, base, customer);
      }
    }
    String manager = realmAdmin();
    // The admin signs in through the portal's browser flow; skipping 2FA keeps this test short.
    policy.set("skipCustomers", manager);

    try (Chromium chromium = new Chromium()) {
      var driver = chromium.driver();
      driver.get(base.resolve("/realms/" + REALM + "/jsm2fa-manage/").toString());
      chromium.waitFor(ExpectedConditions.elementToBeClickable(By.id("sign-in"))).click();
      chromium.waitFor(ExpectedConditions.elementToBeClickable(By.id("username")));
      driver.findElement(By.id("username")).sendKeys(manager);
      driver.findElement(By.id("password")).sendKeys(Customers.PASSWORD);
      driver.findElement(By.id("kc-login")).click();
      chromium.waitFor(d -> !d.findElement(By.id("stat-customers")).getText().isEmpty());

      JsonNode dashboard = admin.get(API + "/dashboard");
      for (String key :
          List.of("customers", "enrolled", "skipped", "inGrace", "locked", "enrollmentBlocked")) {
        assertThat(driver.findElement(By.id("stat-" + key)).getText())
            .as(key)
            .isEqualTo(dashboard.path(key).asText());
      }
      assertThat(driver.findElement(By.id("stat-method-totp")).getText())
          .isEqualTo(dashboard.path("enrolledByMethod").path("totp").asText());

      WebElement search = driver.findElement(By.id("search"));
      search.sendKeys("page-");
      driver.findElement(By.cssSelector("#search-form button")).click();
      // The search answer replaces the first page; wait until only matches are listed.
      chromium.waitFor(
          d -> {
            List<String> listed = new ArrayList<>();
            d.findElements(By.cssSelector("input.pick"))
                .forEach(p -> listed.add(p.getAttribute("data-username")));
            return listed.containsAll(List.of(first, second))
                && listed.stream().allMatch(name -> name.contains("page-"));
          });
      for (String customer : List.of(first, second)) {
        driver.findElement(By.cssSelector("input.pick[data-username='" + customer + "']")).click();
      }
      new Select(driver.findElement(By.id("bulk-action"))).selectByValue("reset-mfa");
      driver.findElement(By.id("bulk-run")).click();
      chromium.waitFor(ExpectedConditions.elementToBeClickable(By.id("confirm-ok"))).click();
      chromium.waitFor(d -> d.findElements(By.cssSelector("#results li")).size() == 2);

      List<String> results = new ArrayList<>();
      driver.findElements(By.cssSelector("#results li")).forEach(li -> results.add(li.getText()));
      assertThat(results)
          .containsExactlyInAnyOrder(first + ": reset-mfa done", second + ": reset-mfa done");

      // A dry-run CSV upload from the page reports per row and changes nothing.
      Path csv = Files.createTempFile(Path.of("target"), "upload-", ".csv").toAbsolutePath();
      String newcomer = "csv-page-" + System.nanoTime() + "@example.com";
      Files.writeString(csv, "E-mail;Display name\r\n" + newcomer + ";New Comer\r\n;No Mail\r\n");
      driver.findElement(By.id("upload-file")).sendKeys(csv.toString());
      driver.findElement(By.id("upload-run")).click();
      chromium.waitFor(d -> !d.findElement(By.id("upload-summary")).getText().isEmpty());

      assertThat(driver.findElement(By.id("upload-summary")).getText())
          .startsWith("Dry run: 1 added");
      assertThat(driver.findElement(By.id("upload-rows")).getText()).contains("Row 3");
      assertThat(admin.get("/admin/realms/" + REALM + "/users?exact=true&email=" + newcomer))
          .isEmpty();
    }
    for (String customer : List.of(first, second)) {
      JsonNode status = admin.get(API + "/customers/" + Customers.id(admin, customer));
      assertThat(status.path("methods")).isEmpty();
    }
  }

  /** A realm user holding view-users and manage-users; returns the username. */
  private String realmAdmin() {
    String username = Customers.create(admin, "manager");
    String id = Customers.id(admin, username);
    String management =
        admin
            .get("/admin/realms/" + REALM + "/clients?clientId=realm-management")
            .get(0)
            .path("id")
            .asText();
    List<JsonNode> roles = new ArrayList<>();
    for (String role : List.of("view-users", "manage-users")) {
      roles.add(admin.get("/admin/realms/" + REALM + "/clients/" + management + "/roles/" + role));
    }
    admin.post(
        "/admin/realms/" + REALM + "/users/" + id + "/role-mappings/clients/" + management, roles);
    return username;
  }
}
