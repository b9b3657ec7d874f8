package io.github.jsm2fa.it.support;

import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.KeycloakServer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one Keycloak for the whole test run when the first {@link KeycloakIT} class needs it, and
 * stops it when JUnit closes the root store at the end of the run.
 */
public final class KeycloakExtension implements BeforeAllCallback, ParameterResolver {

  private static final Namespace NAMESPACE = Namespace.create(KeycloakExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    shared(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == KeycloakServer.class || type == AdminApi.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    SharedKeycloak shared = shared(context);
    return parameter.getParameter().getType() == KeycloakServer.class
        ? shared.server()
        : shared.admin();
  }

  private static SharedKeycloak shared(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            SharedKeycloak.class, key -> SharedKeycloak.start(), SharedKeycloak.class);
  }
}
