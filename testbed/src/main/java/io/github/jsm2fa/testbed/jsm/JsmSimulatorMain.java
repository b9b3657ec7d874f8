package io.github.jsm2fa.testbed.jsm;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator on its own: {@code JsmSimulatorMain [port] [customers]}. It serves one service
 * desk ("1", Help Center) with numbered customers and two organizations, as Cloud, with the account
 * {@value #ACCOUNT_EMAIL} and the token {@value #TOKEN}.
 */
public final class JsmSimulatorMain {
  public static final String ACCOUNT_EMAIL = "sync-bot@example.test";
  public static final String TOKEN = "simulator-token";

  private JsmSimulatorMain() {}

  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8089;
    int customers = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    JsmSimulator simulator = startDemo(port, customers);
    System.out.println(
        "JSM simulator serving " + customers + " customers at " + simulator.baseUrl());
    Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
    new CountDownLatch(1).await();
  }

  /** The demo site: desk 1 with numbered customers, Acme and Globex holding the first few. */
  public static JsmSimulator startDemo(int port, int customers) throws java.io.IOException {
    SimulatedSite site = new SimulatedSite().addServiceDesk("1", "Help Center");
    site.generate("1", "demo-", customers);
    site.addOrganization("1", "1", "Acme").addOrganization("1", "2", "Globex");
    for (int i = 1; i <= Math.min(customers, 6); i++) {
      site.addMember(i % 2 == 0 ? "2" : "1", String.format("demo-%05d", i));
    }
    return JsmSimulator.start(site, JsmSimulator.Flavor.CLOUD, ACCOUNT_EMAIL, TOKEN, port, 50);
  }
}
