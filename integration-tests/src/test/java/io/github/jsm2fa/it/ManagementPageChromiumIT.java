package io.github.jsm2fa.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jsm2fa.it.browser.AxeScan;
import io.github.jsm2fa.it.browser.MessageBundles;
import io.github.jsm2fa.it.browser.PortalPages;
import io.github.jsm2fa.it.browser.RawMessageKeys;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The management page in a real browser: an admin signs in through Keycloak with PKCE, sees the
 * dashboard the API reports, and resets MFA for two customers at once.
 */
@KeycloakIT
class ManagementPageChromiumIT {

  private static final String REALM = PolicyAdmin.REALM;
  private static final String API = "/admin/realms/" + REALM + "/jsm2fa-management";
  private static final String USERS = "/admin/realms/" + REALM + "/users/";
  private static final Path OUTPUT = Path.of(System.getProperty("jsm2fa.browser.output", "target"));

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
    String manager = Customers.createRealmAdmin(admin, "manager", "view-users", "manage-users");
    // The admin signs in through the portal's browser flow; skipping 2FA keeps this test short.
    policy.set("skipCustomers", manager);

    try (Chromium chromium = Chromium.start()) {
      var driver = chromium.driver();
      signIn(chromium, page(), manager);

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
          .containsExactlyInAnyOrder(first + ": Reset MFA done", second + ": Reset MFA done");

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

  /**
   * Signing in from a page asked for in a language: Keycloak sends the admin back to that address,
   * and the token request must name it too.
   */
  @Test
  void signInFromAPageAskedForInALanguage_staysInItAndLoadsTheDashboard() {
    String manager = Customers.createRealmAdmin(admin, "manager", "view-users", "manage-users");
    policy.set("skipCustomers", manager);

    try (Chromium chromium = Chromium.start()) {
      var driver = chromium.driver();
      signIn(chromium, page().resolve("?kc_locale=fr"), manager);

      assertThat(driver.getCurrentUrl()).endsWith("/jsm2fa-manage/?kc_locale=fr");
      assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
      assertThat(driver.findElement(By.id("stat-customers")).getText())
          .isEqualTo(admin.get(API + "/dashboard").path("customers").asText());
    }
  }

  /**
   * The page in each language: asked for with {@code kc_locale} before sign-in, and after sign-in
   * in the language of the admin's {@code locale} attribute (the browser asks for English). Each
   * time {@code <html lang>}, the heading and no raw message key; after sign-in an axe-core scan
   * and a screenshot under {@code target/screenshots}.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "de", "fr", "es"})
  void page_inTheLanguageAskedForOrTheAdmins_showsNoRawKey(String language) {
    Properties bundle = MessageBundles.of(language);
    // Admins are not listed as customers; one customer fills the table's texts.
    Customers.create(admin, "lang-" + language);
    String manager = Customers.createRealmAdmin(admin, "manager", "view-users", "manage-users");
    ObjectNode user = (ObjectNode) admin.get(USERS + Customers.id(admin, manager));
    user.putObject("attributes").putArray("locale").add(language);
    admin.put(USERS + user.path("id").asText(), user);
    policy.set("skipCustomers", manager);
    SoftAssertions soft = new SoftAssertions();

    try (var chromium = Chromium.start()) {
      var driver = chromium.driver();
      var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      wait.withMessage(() -> "the page says: " + driver.findElement(By.id("status")).getText());
      chromium.resize(Chromium.DESKTOP);
      driver.get(page().resolve("?kc_locale=" + language).toString());
      wait.until(d -> !d.findElement(By.id("status")).getText().isEmpty());
      checkLanguage(soft, chromium, language, language + " asked for", bundle, true);

      signIn(chromium, page(), manager);
      wait.until(d -> !d.findElements(By.cssSelector("#customer-table tbody tr")).isEmpty());

      // Customers listed are data: only the pack's own keys count as raw keys here.
      checkLanguage(soft, chromium, language, language + " signed in", bundle, false);
      soft.assertThat(driver.findElement(By.id("sign-out")).getText())
          .isEqualTo(bundle.getProperty("manageSignOut"));
      for (var width :
          Map.of(
                  "desktop", Chromium.DESKTOP,
                  "phone", Chromium.PHONE)
              .entrySet()) {
        String shot = "manage-" + language + "-" + width.getKey();
        chromium.screenshot(OUTPUT.resolve("screenshots"), shot, width.getValue());
        soft.assertThat(AxeScan.load().blockingViolations(chromium, OUTPUT.resolve("axe"), shot))
            .as("serious or critical axe-core findings on %s", shot)
            .isEmpty();
      }
    }
    soft.assertAll();
  }

  private static void checkLanguage(
      SoftAssertions soft,
      Chromium chromium,
      String language,
      String name,
      Properties bundle,
      boolean camelCase) {
    PortalPages view = new PortalPages(chromium, null, null, language);
    String texts = view.visibleText() + "\n" + view.attributeTexts();
    soft.assertThat(view.htmlLanguage()).as("lang on %s", name).isEqualTo(language);
    soft.assertThat(chromium.driver().findElement(By.tagName("h1")).getText())
        .as("heading on %s", name)
        .isEqualTo(bundle.getProperty("manageHeading"));
    soft.assertThat(camelCase ? RawMessageKeys.in(texts) : RawMessageKeys.packKeysIn(texts))
        .as("raw message keys on %s", name)
        .isEmpty();
  }

  /** Opens the page at {@code address}, signs in as {@code manager} and waits for the dashboard. */
  private static void signIn(Chromium chromium, URI address, String manager) {
    var driver = chromium.driver();
    driver.get(address.toString());
    chromium.waitFor(ExpectedConditions.elementToBeClickable(By.id("sign-in"))).click();
    chromium.waitFor(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys(manager);
    driver.findElement(By.id("password")).sendKeys(Customers.PASSWORD);
    driver.findElement(By.id("kc-login")).click();
    chromium.waitFor(d -> !d.findElement(By.id("stat-customers")).getText().isEmpty());
  }

  private URI page() {
    return base.resolve("/realms/" + REALM + "/jsm2fa-manage/");
  }
}
