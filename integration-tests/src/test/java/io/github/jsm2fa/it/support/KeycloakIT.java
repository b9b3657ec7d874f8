package io.github.jsm2fa.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against the shared Keycloak of this failsafe execution; test methods and
 * constructors may take a {@link io.github.jsm2fa.testbed.KeycloakServer} or {@link
 * io.github.jsm2fa.testbed.AdminApi} parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(KeycloakExtension.class)
public @interface KeycloakIT {}
