package io.github.jsm2fa.policy;

import io.github.jsm2fa.common.AlwaysConfiguredAuthenticator;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;

/**
 * The step after the method steps: records the customer's sign-in and, when the policy remembers
 * devices and a second factor was just passed, asks whether to remember this device.
 */
public class RememberDeviceAuthenticator extends AlwaysConfiguredAuthenticator {

  static final String TEMPLATE = "jsm2fa-remember-device.ftl";
  static final String REMEMBER_FIELD = "remember";

  private static final Logger LOG = Logger.getLogger(RememberDeviceAuthenticator.class);

  @Override
  public void authenticate(AuthenticationFlowContext context) {
    context
        .getUser()
        .setSingleAttribute(
            CustomerAttributes.LAST_LOGIN, String.valueOf(System.currentTimeMillis()));
    int days = rememberDays(context);
    if (days == 0) {
      context.success();
      return;
    }
    context.challenge(context.form().setAttribute("rememberDeviceDays", days).createForm(TEMPLATE));
  }

  @Override
  public void action(AuthenticationFlowContext context) {
    int days = rememberDays(context);
    String answer = context.getHttpRequest().getDecodedFormParameters().getFirst(REMEMBER_FIELD);
    if (days > 0 && "yes".equals(answer)) {
      if (RememberedDevices.remember(
          context.getSession(), context.getRealm(), context.getUser(), days)) {
        LOG.debugf("Customer %s: device remembered for %d days", context.getUser().getId(), days);
      } else {
        LOG.warnf(
            "Realm %s has no active HS512 key; the device cannot be remembered",
            context.getRealm().getName());
      }
    }
    context.success();
  }

  /** Days to offer, or 0 when no second factor was passed at this login or none is remembered. */
  private int rememberDays(AuthenticationFlowContext context) {
    String outcome =
        context.getAuthenticationSession().getAuthNote(TwoFactorPolicyAuthenticator.OUTCOME_NOTE);
    if (!TwoFactorPolicyAuthenticator.OUTCOME_DUE.equals(outcome)) {
      return 0;
    }
    try {
      return PolicyLocator.policyOf(context.getRealm()).rememberDeviceDays();
    } catch (PolicyConfig.InvalidConfigException e) {
      // The policy step has refused sign-in already; nothing to remember.
      return 0;
    }
  }
}
