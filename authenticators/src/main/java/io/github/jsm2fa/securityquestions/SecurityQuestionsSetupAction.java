package io.github.jsm2fa.securityquestions;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.keycloak.authentication.CredentialRegistrator;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.events.Details;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/** Lets a customer pick questions from the catalogue and answer them. */
public class SecurityQuestionsSetupAction implements RequiredActionProvider, CredentialRegistrator {

  static final String TEMPLATE = "jsm2fa-security-questions-setup.ftl";

  private static final Logger LOG = Logger.getLogger(SecurityQuestionsSetupAction.class);

  private final KeycloakSession session;

  public SecurityQuestionsSetupAction(KeycloakSession session) {
    this.session = session;
  }

  @Override
  public InitiatedActionSupport initiatedActionSupport() {
    return InitiatedActionSupport.SUPPORTED;
  }

  @Override
  public String getCredentialType(KeycloakSession session, AuthenticationSessionModel authSession) {
    return SecurityQuestionsCredentialModel.TYPE;
  }

  @Override
  public void evaluateTriggers(RequiredActionContext context) {
    // Enrollment is triggered by the login step of a flow that requires the method.
  }

  @Override
  public void requiredActionChallenge(RequiredActionContext context) {
    SecurityQuestionsConfig config =
        SecurityQuestionsSetupActionFactory.configFor(context.getRealm());
    List<SecurityQuestionsFormBean.Slot> slots = new ArrayList<>();
    for (int i = 0; i < config.enrollCount(); i++) {
      slots.add(new SecurityQuestionsFormBean.Slot(i, null));
    }
    context.challenge(form(context, config, slots, List.of()));
  }

  @Override
  public void processAction(RequiredActionContext context) {
    SecurityQuestionsConfig config =
        SecurityQuestionsSetupActionFactory.configFor(context.getRealm());
    MultivaluedMap<String, String> params = context.getHttpRequest().getDecodedFormParameters();

    List<SecurityQuestionsFormBean.Slot> slots = new ArrayList<>();
    List<FormMessage> errors = new ArrayList<>();
    Map<String, String> answers = new LinkedHashMap<>();
    Set<String> normalizedAnswers = new HashSet<>();
    for (int i = 0; i < config.enrollCount(); i++) {
      SecurityQuestionsFormBean.Slot slot =
          new SecurityQuestionsFormBean.Slot(
              i, config.catalogue().get(params.getFirst("question-" + i)));
      slots.add(slot);
      String answer = params.getFirst(slot.getAnswerField());
      String normalized = AnswerNormalizer.normalize(answer);

      if (slot.getQuestion() == null) {
        errors.add(new FormMessage(slot.getQuestionField(), "securityQuestionsChooseQuestion"));
      } else if (answers.containsKey(slot.getQuestion().getId())) {
        errors.add(new FormMessage(slot.getQuestionField(), "securityQuestionsQuestionRepeated"));
      }
      if (normalized.codePointCount(0, normalized.length()) < config.minAnswerLength()) {
        errors.add(
            new FormMessage(
                slot.getAnswerField(),
                "securityQuestionsAnswerTooShort",
                config.minAnswerLength()));
      } else if (!normalizedAnswers.add(normalized)) {
        errors.add(new FormMessage(slot.getAnswerField(), "securityQuestionsAnswerRepeated"));
      }
      if (slot.getQuestion() != null) {
        answers.putIfAbsent(slot.getQuestion().getId(), answer);
      }
    }

    if (!errors.isEmpty()) {
      context.challenge(form(context, config, slots, errors));
      return;
    }

    provider().enroll(context.getRealm(), context.getUser(), answers);
    LOG.debugf("User %s enrolled %d security questions", context.getUser().getId(), answers.size());
    context.getEvent().detail(Details.CREDENTIAL_TYPE, SecurityQuestionsCredentialModel.TYPE);
    context.success();
  }

  private Response form(
      RequiredActionContext context,
      SecurityQuestionsConfig config,
      List<SecurityQuestionsFormBean.Slot> slots,
      List<FormMessage> errors) {
    var form =
        context
            .form()
            .setAttribute(
                "securityQuestions", new SecurityQuestionsFormBean(config.questions(), slots))
            .setAttribute("minAnswerLength", config.minAnswerLength());
    if (!errors.isEmpty()) {
      form.setErrors(errors);
    }
    return form.createForm(TEMPLATE);
  }

  private SecurityQuestionsCredentialProvider provider() {
    return (SecurityQuestionsCredentialProvider)
        session.getProvider(
            CredentialProvider.class, SecurityQuestionsCredentialProviderFactory.ID);
  }

  @Override
  public void close() {}
}
