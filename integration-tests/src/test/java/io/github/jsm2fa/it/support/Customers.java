package io.github.jsm2fa.it.support;

import io.github.jsm2fa.testbed.AdminApi;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.htmlunit.html.HtmlPage;

/** Customers of the ready realm made for one test, and their way through the login pages. */
public final class Customers {

  public static final String PASSWORD = "Portal-Pass-1";

  private Customers() {}

  /** Creates a customer with a unique username starting with the prefix; returns the username. */
  public static String create(AdminApi admin, String prefix) {
    String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    admin.createUser(
        PolicyAdmin.REALM, username, username + "@example.com", "It", prefix, PASSWORD);
    return username;
  }

  /**
   * Creates a customer with names and the password but no e-mail address, as an import by JSM id
   * does; returns its id.
   */
  public static String createWithoutEmail(AdminApi admin, String username) {
    return admin.post(
        "/admin/realms/" + PolicyAdmin.REALM + "/users",
        Map.of(
            "username",
            username,
            "firstName",
            "No",
            "lastName",
            "Email",
            "enabled",
            true,
            "credentials",
            List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))));
  }

  /**
   * Creates a realm user holding the given roles of the realm's {@code realm-management} client,
   * such as {@code view-users}; returns the username.
   */
  public static String createRealmAdmin(AdminApi admin, String prefix, String... roles) {
    String username = create(admin, prefix);
    admin.grantClientRoles(
        PolicyAdmin.REALM, id(admin, username), "realm-management", List.of(roles));
    return username;
  }

  public static String id(AdminApi admin, String username) {
    return admin.findUserId(PolicyAdmin.REALM, username).orElseThrow();
  }

  /** Starts a portal login and gives the password; returns the page that follows. */
  public static HtmlPage signIn(Browser browser, URI baseUrl, String username) {
    return signIn(browser, baseUrl, username, PASSWORD);
  }

  public static HtmlPage signIn(Browser browser, URI baseUrl, String username, String password) {
    PkceLogin.start(browser, baseUrl, PolicyAdmin.REALM);
    return new LoginPage((HtmlPage) browser.currentPage()).signIn(username, password);
  }

  /** True when the browser has left the login pages for the account console it was going to. */
  public static boolean landed(Browser browser, URI baseUrl) {
    return browser
        .currentUrl()
        .toString()
        .startsWith(baseUrl.resolve("/realms/" + PolicyAdmin.REALM + "/account/").toString());
  }

  /** Enrolls TOTP through the method-choice page; returns the customer's app. */
  public static TotpApp enrollTotp(Browser browser, URI baseUrl, String username) {
    HtmlPage choice = signIn(browser, baseUrl, username);
    HtmlPage setup = PortalPages.chooseMethod(choice, "totp");
    return PortalPages.enrollTotp(setup);
  }
}
