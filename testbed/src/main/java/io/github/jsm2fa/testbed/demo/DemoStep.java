package io.github.jsm2fa.testbed.demo;

import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.KeycloakServerBuilder;
import java.io.PrintStream;

/**
 * One piece of the demo set-up, such as sample customers or a local simulator the realm talks to.
 * Steps run in the order {@link DemoMain} lists them; {@link #close()} runs after Keycloak stops.
 */
public interface DemoStep extends AutoCloseable {

  /** Starts what Keycloak needs before it starts (a simulator) and adds its options or env. */
  default void beforeStart(KeycloakServerBuilder server) throws Exception {}

  /** Adds data that is missing; runs on every start, so it must skip what already exists. */
  default void afterStart(AdminApi admin, PrintStream out) throws Exception {}

  @Override
  default void close() throws Exception {}
}
