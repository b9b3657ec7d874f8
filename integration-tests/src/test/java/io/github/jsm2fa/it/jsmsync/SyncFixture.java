package io.github.jsm2fa.it.jsmsync;

import io.github.jsm2fa.testbed.jsm.JsmSimulator;
import io.github.jsm2fa.testbed.jsm.SimulatedCustomer;
import io.github.jsm2fa.testbed.jsm.SimulatedSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** The JSM site the sync tests start from, served by the simulator on loopback. */
final class SyncFixture {
  static final String ACCOUNT = "sync-it@example.test";
  static final String TOKEN = "it-token";

  /** The simulator caps pages below the page size the component asks for. */
  static final int SERVER_PAGE_CAP = 7;

  static final int DESK_ONE_CUSTOMERS = 23;

  private SyncFixture() {}

  /**
   * Desk 1: acc-00001 to acc-00023 and one customer without e-mail; desk 2: acc-00005 again and
   * acc-00030. Acme (10) holds acc-00001 and acc-00002, Globex (11) holds acc-00003.
   */
  static JsmSimulator start() {
    SimulatedSite site = new SimulatedSite().addServiceDesk("1", "Help").addServiceDesk("2", "IT");
    site.generate("1", "acc-", DESK_ONE_CUSTOMERS);
    site.putCustomer("1", new SimulatedCustomer("acc-noemail", null, "Nora Nomail", true));
    site.putCustomer("2", site.customer("acc-00005"));
    site.putCustomer(
        "2", new SimulatedCustomer("acc-00030", "late@example.test", "Lea Late", true));
    site.addOrganization("1", "10", "Acme").addOrganization("1", "11", "Globex");
    site.addMember("10", "acc-00001").addMember("10", "acc-00002").addMember("11", "acc-00003");
    try {
      return JsmSimulator.start(
          site, JsmSimulator.Flavor.CLOUD, ACCOUNT, TOKEN, 0, SERVER_PAGE_CAP);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Customers the standard site yields when customers without e-mail are skipped. */
  static int importedWithEmail() {
    return DESK_ONE_CUSTOMERS + 1;
  }

  static Map<String, String> settings(JsmSimulator simulator) {
    Map<String, String> settings = new HashMap<>();
    settings.put("siteUrl", simulator.baseUrl());
    settings.put("deployment", "cloud");
    settings.put("accountEmail", ACCOUNT);
    settings.put("apiToken", TOKEN);
    settings.put("pageSize", "10");
    settings.put("timeoutSeconds", "3");
    settings.put("maxRetryWaitSeconds", "30");
    return settings;
  }

  static String email(int number) {
    return String.format("customer-%05d@example.test", number);
  }
}
