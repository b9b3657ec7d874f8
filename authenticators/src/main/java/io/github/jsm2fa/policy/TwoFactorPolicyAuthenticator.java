package io.github.jsm2fa.policy;

import io.github.jsm2fa.common.AlwaysConfiguredAuthenticator;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.Errors;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.models.UserModel;

/**
 * The policy step: runs after the password, decides what the portal's 2FA policy asks of this
 * customer, and either lets the method steps after it run (hiding the methods the policy does not
 * allow), lets the customer through, or asks them to pick a method to enroll.
 */
public class TwoFactorPolicyAuthenticator extends AlwaysConfiguredAuthenticator {

  /** Auth note read by the condition and the remember-device step. */
  static final String OUTCOME_NOTE = "jsm2fa.policy.outcome";

  static final String OUTCOME_DUE = "due";
  static final String OUTCOME_PASSED = "passed";
  static final String OUTCOME_ENROLLING = "enrolling";

  static final String CHOICE_TEMPLATE = "jsm2fa-2fa-choose-method.ftl";
  static final String METHOD_FIELD = "method";
  static final String LATER_FIELD = "later";

  private static final Logger LOG = Logger.getLogger(TwoFactorPolicyAuthenticator.class);

  @Override
  public void authenticate(AuthenticationFlowContext context) {
    Evaluation evaluation = evaluate(context);
    if (evaluation == null) {
      return;
    }
    UserModel user = context.getUser();
    PolicyDecision decision = evaluation.decision();
    LOG.debugf(
        "Realm %s: customer %s: 2FA policy decision %s",
        context.getRealm().getName(), user.getId(), decision);

    switch (decision) {
      case OFF, OPTIONAL, REMEMBERED -> {
        pass(context);
        return;
      }
      case SKIPPED -> {
        if (evaluation.state().enrolled().isEmpty()) {
          // A password alone must not bind a second factor once the skip is lifted.
          user.setSingleAttribute(CustomerAttributes.ENROLLMENT_BLOCKED, "true");
        }
        pass(context);
        return;
      }
      case CHALLENGE -> {
        Set<TwoFactorMethod> hidden = evaluation.decider().hidden(evaluation.state());
        evaluation.steps().hide(context.getAuthenticationSession(), hidden);
        context.getAuthenticationSession().setAuthNote(OUTCOME_NOTE, OUTCOME_DUE);
        context.success();
        return;
      }
      case ENROLLMENT_BLOCKED -> {
        context.getEvent().user(user).error(Errors.NOT_ALLOWED);
        context.challenge(
            context
                .form()
                .setError("policyEnrollmentBlocked")
                .createErrorPage(Response.Status.FORBIDDEN));
        return;
      }
      default -> {
        List<TwoFactorMethod> choices = choices(context, evaluation);
        if (choices.isEmpty()) {
          misconfigured(
              context, "no allowed method has both a step and an enabled required action");
          return;
        }
        context.challenge(choicePage(context, evaluation, choices, null));
      }
    }
  }

  @Override
  public void action(AuthenticationFlowContext context) {
    Evaluation evaluation = evaluate(context);
    if (evaluation == null) {
      return;
    }
    if (!evaluation.decision().offersEnrollment()) {
      // The policy or the customer changed while the page was open: decide afresh.
      authenticate(context);
      return;
    }
    MultivaluedMap<String, String> params = context.getHttpRequest().getDecodedFormParameters();
    List<TwoFactorMethod> choices = choices(context, evaluation);

    if (params.containsKey(LATER_FIELD) && evaluation.decision() == PolicyDecision.GRACE) {
      UserModel user = context.getUser();
      int used =
          CustomerAttributes.intValue(user.getFirstAttribute(CustomerAttributes.GRACE_LOGINS_USED));
      user.setSingleAttribute(CustomerAttributes.GRACE_LOGINS_USED, String.valueOf(used + 1));
      LOG.debugf("Customer %s postponed enrollment (%d used)", user.getId(), used + 1);
      pass(context);
      return;
    }

    TwoFactorMethod chosen =
        TwoFactorMethod.byValue(params.getFirst(METHOD_FIELD))
            .filter(choices::contains)
            .orElse(null);
    if (chosen == null) {
      context.challenge(choicePage(context, evaluation, choices, "policyChooseMethod"));
      return;
    }

    context.getAuthenticationSession().addRequiredAction(chosen.requiredAction());
    context.getAuthenticationSession().setAuthNote(OUTCOME_NOTE, OUTCOME_ENROLLING);
    LOG.debugf("Customer %s chose to enroll %s", context.getUser().getId(), chosen.value());
    context.success();
  }

  /** Reads the policy and the customer; {@code null} after answering with an error page. */
  private Evaluation evaluate(AuthenticationFlowContext context) {
    RealmModel realm = context.getRealm();
    PolicyConfig policy;
    try {
      policy = PolicyLocator.policyOf(realm, context.getAuthenticatorConfig());
    } catch (PolicyConfig.InvalidConfigException e) {
      misconfigured(context, e.getMessage());
      return null;
    }
    MethodSteps steps = MethodSteps.besides(context.getSession(), realm, context.getExecution());
    PolicyDecider decider = new PolicyDecider(policy, steps.methods());
    CustomerState state =
        CustomerStateReader.read(context.getSession(), realm, context.getUser(), policy);
    PolicyDecision decision = decider.decide(state, LocalDate.now(ZoneOffset.UTC));
    return new Evaluation(policy, steps, decider, state, decision);
  }

  private List<TwoFactorMethod> choices(AuthenticationFlowContext context, Evaluation evaluation) {
    List<TwoFactorMethod> choices = new ArrayList<>();
    for (TwoFactorMethod method : evaluation.decider().available()) {
      RequiredActionProviderModel action =
          context.getRealm().getRequiredActionProviderByAlias(method.requiredAction());
      if (action != null && action.isEnabled()) {
        choices.add(method);
      }
    }
    return choices;
  }

  private Response choicePage(
      AuthenticationFlowContext context,
      Evaluation evaluation,
      List<TwoFactorMethod> choices,
      String error) {
    boolean grace = evaluation.decision() == PolicyDecision.GRACE;
    MethodChoiceBean bean =
        new MethodChoiceBean(
            choices,
            grace,
            grace ? evaluation.decider().graceLoginsLeft(evaluation.state()) : 0,
            grace ? evaluation.policy().graceUntil() : null);
    var form = context.form().setAttribute("twoFactorChoice", bean);
    if (error != null) {
      form.addError(new org.keycloak.models.utils.FormMessage(METHOD_FIELD, error));
    }
    return form.createForm(CHOICE_TEMPLATE);
  }

  private void pass(AuthenticationFlowContext context) {
    context.getAuthenticationSession().setAuthNote(OUTCOME_NOTE, OUTCOME_PASSED);
    context.success();
  }

  private void misconfigured(AuthenticationFlowContext context, String reason) {
    LOG.warnf(
        "Realm %s: the 2FA policy cannot be applied (%s); sign-in is refused",
        context.getRealm().getName(), reason);
    context.challenge(
        context
            .form()
            .setError("policyUnavailable")
            .createErrorPage(Response.Status.INTERNAL_SERVER_ERROR));
  }

  private record Evaluation(
      PolicyConfig policy,
      MethodSteps steps,
      PolicyDecider decider,
      CustomerState state,
      PolicyDecision decision) {}
}
