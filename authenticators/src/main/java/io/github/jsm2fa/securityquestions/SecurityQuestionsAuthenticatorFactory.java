package io.github.jsm2fa.securityquestions;

import io.github.jsm2fa.common.AbstractAuthenticatorFactory;
import io.github.jsm2fa.common.BruteForceCategory;
import java.util.Set;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;

/** Registers the security-questions login step. */
public class SecurityQuestionsAuthenticatorFactory extends AbstractAuthenticatorFactory {

  public static final String ID = "jsm2fa-security-questions";

  private static final QuestionSelector SELECTOR = new QuestionSelector();

  @Override
  public Authenticator create(KeycloakSession session) {
    return new SecurityQuestionsAuthenticator(SELECTOR);
  }

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public String getDisplayType() {
    return "Security questions";
  }

  @Override
  public String getHelpText() {
    return "Asks the customer some of the security questions they enrolled. The questions and how"
        + " many are asked are set on the 'Security questions' required action.";
  }

  @Override
  public String getReferenceCategory() {
    return BruteForceCategory.SECOND_FACTOR;
  }

  @Override
  public Set<String> getOptionalReferenceCategories(KeycloakSession session) {
    return Set.of(SecurityQuestionsCredentialModel.TYPE);
  }

  @Override
  public Requirement[] getRequirementChoices() {
    return new Requirement[] {Requirement.REQUIRED, Requirement.ALTERNATIVE, Requirement.DISABLED};
  }

  @Override
  public boolean isUserSetupAllowed() {
    return true;
  }
}
