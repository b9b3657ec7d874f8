package io.github.jsm2fa.policy;

import io.github.jsm2fa.common.AbstractAuthenticatorFactory;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticatorFactory;

/** Registers the condition "the 2FA policy asks for a second factor". */
public class SecondFactorDueConditionFactory extends AbstractAuthenticatorFactory
    implements ConditionalAuthenticatorFactory {

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
}
