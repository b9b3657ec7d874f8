package io.github.jsm2fa.securityquestions;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.CredentialValidator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The login step: asks a random subset of the questions the customer enrolled.
 *
 * <p>The subset is kept on the customer until they answer it rightly, so neither reloading the page
 * nor starting a new sign-in lets anyone shop for questions whose answers they know.
 */
public class SecurityQuestionsAuthenticator
    implements Authenticator, CredentialValidator<SecurityQuestionsCredentialProvider> {

  static final String TEMPLATE = "jsm2fa-security-questions-login.ftl";

  /** User attribute: the question ids asked until the customer answers them rightly. */
  static final String ASKED_ATTRIBUTE = "jsm2faSecurityQuestionsAsked";

  /** Field the page binds its error to. */
  static final String ANSWERS_FIELD = "answers";

  private static final Logger LOG = Logger.getLogger(SecurityQuestionsAuthenticator.class);

  private final QuestionSelector selector;

  public SecurityQuestionsAuthenticator(QuestionSelector selector) {
    this.selector = selector;
  }

  @Override
  public void authenticate(AuthenticationFlowContext context) {
    List<SecurityQuestion> asked = askedQuestions(context);
    if (asked == null) {
      return;
    }
    context.challenge(form(context, asked, null));
  }

  @Override
  public void action(AuthenticationFlowContext context) {
    UserModel user = context.getUser();
    context
        .getEvent()
        .user(user)
        .detail(Details.CREDENTIAL_TYPE, SecurityQuestionsCredentialModel.TYPE);
    List<SecurityQuestion> asked = askedQuestions(context);
    if (asked == null) {
      return;
    }

    String bruteForceError = AuthenticatorUtils.getDisabledByBruteForceEventError(context, user);
    if (bruteForceError != null) {
      // Locked out: even right answers are refused, and the page does not say why.
      context.getEvent().error(bruteForceError);
      context.forceChallenge(form(context, asked, "securityQuestionsInvalid"));
      return;
    }

    MultivaluedMap<String, String> params = context.getHttpRequest().getDecodedFormParameters();
    Map<String, String> answers = new LinkedHashMap<>();
    for (int i = 0; i < asked.size(); i++) {
      String answer = params.getFirst("answer-" + i);
      if (answer == null || answer.isBlank()) {
        context.challenge(form(context, asked, "securityQuestionsMissing"));
        return;
      }
      answers.put(asked.get(i).getId(), answer);
    }

    if (!user.credentialManager().isValid(new SecurityAnswersInput(answers))) {
      context.getEvent().error(Errors.INVALID_USER_CREDENTIALS);
      context.failureChallenge(
          AuthenticationFlowError.INVALID_CREDENTIALS,
          form(context, asked, "securityQuestionsInvalid"));
      return;
    }

    user.removeAttribute(ASKED_ATTRIBUTE);
    context.success();
  }

  /**
   * The questions the customer is asked, chosen once and kept until answered rightly. Answers
   * {@code null} after sending an error page when none of the customer's questions can be asked.
   */
  private List<SecurityQuestion> askedQuestions(AuthenticationFlowContext context) {
    SecurityQuestionsConfig config;
    try {
      config = SecurityQuestionsSetupActionFactory.configFor(context.getRealm());
    } catch (SecurityQuestionsConfig.InvalidConfigException e) {
      LOG.warnf(
          "Realm %s: security-questions settings are invalid (%s); the step cannot run",
          context.getRealm().getName(), e.getMessage());
      context.failure(AuthenticationFlowError.INTERNAL_ERROR);
      return null;
    }
    SecurityQuestionsCredentialModel credential =
        getCredentialProvider(context.getSession()).getCredential(context.getUser());
    List<String> enrolled = credential == null ? List.of() : credential.getQuestionIds();

    UserModel user = context.getUser();
    String pending = user.getFirstAttribute(ASKED_ATTRIBUTE);
    List<String> ids = pending == null ? List.of() : Arrays.asList(pending.split(","));
    long askable = enrolled.stream().distinct().filter(config.catalogue()::containsKey).count();
    boolean stillAskable =
        ids.size() == Math.min(config.askCount(), askable)
            && enrolled.containsAll(ids)
            && config.catalogue().keySet().containsAll(ids);
    if (!stillAskable) {
      ids = selector.select(enrolled, config.catalogue().keySet(), config.askCount());
      if (ids.isEmpty()) {
        user.removeAttribute(ASKED_ATTRIBUTE);
      } else {
        user.setSingleAttribute(ASKED_ATTRIBUTE, String.join(",", ids));
      }
    }

    if (ids.isEmpty()) {
      LOG.warnf(
          "Realm %s: user %s has no enrolled security question left in the catalogue;"
              + " an admin must reset their second factor",
          context.getRealm().getName(), context.getUser().getId());
      context.getEvent().error(Errors.INVALID_USER_CREDENTIALS);
      context.failure(
          AuthenticationFlowError.CREDENTIAL_SETUP_REQUIRED,
          context
              .form()
              .setError("securityQuestionsUnavailable")
              .createErrorPage(Response.Status.BAD_REQUEST));
      return null;
    }
    List<SecurityQuestion> asked = new ArrayList<>();
    ids.forEach(id -> asked.add(config.catalogue().get(id)));
    return asked;
  }

  private Response form(
      AuthenticationFlowContext context, List<SecurityQuestion> asked, String error) {
    List<SecurityQuestionsFormBean.Slot> slots = new ArrayList<>();
    for (int i = 0; i < asked.size(); i++) {
      slots.add(new SecurityQuestionsFormBean.Slot(i, asked.get(i)));
    }
    var form =
        context
            .form()
            .setExecution(context.getExecution().getId())
            .setAttribute("securityQuestions", new SecurityQuestionsFormBean(List.of(), slots));
    if (error != null) {
      form.addError(new FormMessage(ANSWERS_FIELD, error));
    }
    return form.createForm(TEMPLATE);
  }

  @Override
  public boolean requiresUser() {
    return true;
  }

  @Override
  public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
    return getCredentialProvider(session)
        .isConfiguredFor(realm, user, SecurityQuestionsCredentialModel.TYPE);
  }

  @Override
  public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    AuthenticationSessionModel authSession = session.getContext().getAuthenticationSession();
    if (!authSession.getRequiredActions().contains(SecurityQuestionsSetupActionFactory.ID)) {
      authSession.addRequiredAction(SecurityQuestionsSetupActionFactory.ID);
    }
  }

  @Override
  public String getType(KeycloakSession session) {
    return SecurityQuestionsCredentialModel.TYPE;
  }

  @Override
  public SecurityQuestionsCredentialProvider getCredentialProvider(KeycloakSession session) {
    return (SecurityQuestionsCredentialProvider)
        session.getProvider(
            CredentialProvider.class, SecurityQuestionsCredentialProviderFactory.ID);
  }

  @Override
  public void close() {}
}
