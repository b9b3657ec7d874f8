package io.github.jsm2fa.policy;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** Registers the condition "the 2FA policy asks for a second factor". */
public class SecondFactorDueConditionFactory implements ConditionalAuthenticatorFactory {

  public static final String ID = "jsm2fa-condition-second-factor-due";

  @Override
  public ConditionalAuthenticator getSingleton() {
    return SecondFactorDueCondition.SINGLETON;
  }

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public String getDisplayType() {
    return "Condition - 2FA policy asks for a second factor";
  }

  @Override
  public String getHelpText() {
    return "True when the 2FA policy step before this subflow asked the customer for a second"
        + " factor.";
  }

  @Override
  public boolean isConfigurable() {
    return false;
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return List.of();
  }

  @Override
  public Requirement[] getRequirementChoices() {
    return new Requirement[] {Requirement.REQUIRED, Requirement.DISABLED};
  }

  @Override
  public boolean isUserSetupAllowed() {
    return false;
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}
}
