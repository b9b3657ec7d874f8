package io.github.jsm2fa.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jsm2fa.webauthn.CountedWebAuthnAuthenticatorFactory;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.authentication.CredentialValidator;
import org.keycloak.authentication.authenticators.browser.WebAuthnAuthenticatorFactory;

/**
 * Guards that every second factor of the pack counts toward brute-force lockout.
 *
 * <p>Keycloak 26.7's {@code DefaultBruteForceProtector.ALLOWED_AUTHENTICATION_CATEGORIES} counts
 * failures only for these reference categories; the pack compiles against 26.5, which lacks the
 * constant, so the set is written out here. The integration suite proves the count on 26.7.
 */
class BruteForceCategoryTest {

  private static final Set<String> KEYCLOAK_COUNTED =
      Set.of("password", "otp", "recovery-authn-codes");

  @Test
  void counted_matchesKeycloak() {
    assertThat(BruteForceCategory.COUNTED).isEqualTo(KEYCLOAK_COUNTED);
  }

  @Test
  void everyCredentialStepOfThePack_reportsACountedCategory() throws Exception {
    List<AuthenticatorFactory> factories = packFactories();

    assertThat(factories).isNotEmpty();
    for (AuthenticatorFactory factory : factories) {
      if (factory.create(null) instanceof CredentialValidator<?>) {
        assertThat(factory.getReferenceCategory())
            .as("reference category of %s", factory.getId())
            .isIn(KEYCLOAK_COUNTED);
      }
    }
  }

  @Test
  void everyOtherStepOfThePack_reportsANonNullCategoryThatIsNotCounted() throws Exception {
    // Keycloak compares categories with equals() on the factory's value, so null would throw;
    // a counted category on a step that never fails a credential would muddle the lockout.
    for (AuthenticatorFactory factory : packFactories()) {
      if (!(factory.create(null) instanceof CredentialValidator<?>)) {
        assertThat(factory.getReferenceCategory())
            .as("reference category of %s", factory.getId())
            .isNotNull()
            .isNotIn(KEYCLOAK_COUNTED);
      }
    }
  }

  @Test
  void webauthn_keycloaksOwnStepIsNotCounted_thePacksIs() {
    assertThat(new WebAuthnAuthenticatorFactory().getReferenceCategory()).isNotIn(KEYCLOAK_COUNTED);
    assertThat(new CountedWebAuthnAuthenticatorFactory().getReferenceCategory())
        .isIn(KEYCLOAK_COUNTED);
  }

  @Test
  void everyCredentialStep_namesItsOwnCredentialTypeForTheAccountConsole() throws Exception {
    for (AuthenticatorFactory factory : packFactories()) {
      Authenticator authenticator = factory.create(null);
      if (authenticator instanceof CredentialValidator<?> validator) {
        assertThat(factory.getOptionalReferenceCategories(null))
            .as("optional reference categories of %s", factory.getId())
            .contains(validator.getType(null));
      }
    }
  }

  /** The factories the pack registers, read from its service files (not Keycloak's own). */
  private static List<AuthenticatorFactory> packFactories() throws Exception {
    List<AuthenticatorFactory> factories = new ArrayList<>();
    Enumeration<URL> files =
        BruteForceCategoryTest.class
            .getClassLoader()
            .getResources("META-INF/services/" + AuthenticatorFactory.class.getName());
    for (URL file : Collections.list(files)) {
      try (InputStream in = file.openStream()) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String className = line.strip();
          if (className.startsWith("io.github.jsm2fa.")) {
            factories.add(
                (AuthenticatorFactory)
                    Class.forName(className).getDeclaredConstructor().newInstance());
          }
        }
      }
    }
    return factories;
  }
}
