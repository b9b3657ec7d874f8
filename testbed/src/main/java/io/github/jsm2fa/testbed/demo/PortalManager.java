package io.github.jsm2fa.testbed.demo;

import io.github.jsm2fa.testbed.AdminApi;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;

/**
 * Adds a realm account that may use the management page (view-users and manage-users of the realm)
 * unless it exists, and prints the page's link.
 */
final class PortalManager implements DemoStep {

  static final String USERNAME = "portal-manager";

  private final String realm;
  private final URI base;

  PortalManager(String realm, URI base) {
    this.realm = realm;
    this.base = base;
  }

  @Override
  public void afterStart(AdminApi admin, PrintStream out) {
    if (admin.findUserId(realm, USERNAME).isEmpty()) {
      String id =
          admin.createUser(
              realm,
              USERNAME,
              "portal-manager@example.com",
              "Portal",
              "Manager",
              SampleCustomers.DEMO_PASSWORD);
      admin.grantClientRoles(realm, id, "realm-management", List.of("view-users", "manage-users"));
      out.println("Added the management page's sample admin " + USERNAME);
    }
    out.println(
        "  Management page:   "
            + base.resolve("/realms/" + realm + "/jsm2fa-manage/")
            + "  ("
            + USERNAME
            + " / "
            + SampleCustomers.DEMO_PASSWORD
            + ", who enrolls a second factor at first sign-in)");
  }
}
