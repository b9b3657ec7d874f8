package io.github.jsm2fa.securityquestions;

import io.github.jsm2fa.common.SecondFactorCredentialProvider;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.credential.CredentialInput;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;

/** Stores and checks a customer's security answers. */
public class SecurityQuestionsCredentialProvider
    extends SecondFactorCredentialProvider<SecurityQuestionsCredentialModel> {

  private static final Logger LOG = Logger.getLogger(SecurityQuestionsCredentialProvider.class);

  private final AnswerHasher hasher;

  public SecurityQuestionsCredentialProvider(KeycloakSession session) {
    super(session, SecurityQuestionsCredentialModel.TYPE);
    this.hasher = new AnswerHasher(session);
  }

  /**
   * Hashes the given answers (question id to answer as typed) and stores them as the customer's
   * only security-questions credential, replacing an earlier one.
   */
  public CredentialModel enroll(RealmModel realm, UserModel user, Map<String, String> answers) {
    Map<String, PasswordCredentialModel> hashed = new java.util.LinkedHashMap<>();
    answers.forEach(
        (id, answer) -> hashed.put(id, hasher.hash(realm, AnswerNormalizer.normalize(answer))));
    return createCredential(
        realm,
        user,
        SecurityQuestionsCredentialModel.create(hashed, AnswerNormalizer.CURRENT_VERSION));
  }

  @Override
  public CredentialModel createCredential(
      RealmModel realm, UserModel user, SecurityQuestionsCredentialModel credential) {
    user.credentialManager()
        .getStoredCredentialsByTypeStream(getType())
        .toList()
        .forEach(old -> user.credentialManager().removeStoredCredentialById(old.getId()));
    return user.credentialManager().createStoredCredential(credential);
  }

  @Override
  public SecurityQuestionsCredentialModel getCredentialFromModel(CredentialModel model) {
    return SecurityQuestionsCredentialModel.createFromCredentialModel(model);
  }

  /** The customer's credential, or {@code null} when they have not enrolled. */
  public SecurityQuestionsCredentialModel getCredential(UserModel user) {
    return user.credentialManager()
        .getStoredCredentialsByTypeStream(getType())
        .findFirst()
        .map(this::getCredentialFromModel)
        .orElse(null);
  }

  @Override
  public CredentialTypeMetadata getCredentialTypeMetadata(CredentialTypeMetadataContext context) {
    return twoFactorMetadata()
        .displayName("jsm2fa-security-questions-display-name")
        .helpText("jsm2fa-security-questions-help-text")
        .iconCssClass("kcAuthenticatorDefaultClass")
        .createAction(SecurityQuestionsSetupActionFactory.ID)
        .build(session);
  }

  /**
   * True when every answer given matches the enrolled one. Every answer is checked, so the time
   * taken does not tell which one was wrong.
   */
  @Override
  public boolean isValid(RealmModel realm, UserModel user, CredentialInput input) {
    if (!(input instanceof SecurityAnswersInput answersInput) || answersInput.answers().isEmpty()) {
      return false;
    }
    SecurityQuestionsCredentialModel credential = getCredential(user);
    if (credential == null) {
      return false;
    }

    boolean allMatch = true;
    for (Map.Entry<String, String> answer : answersInput.answers().entrySet()) {
      PasswordCredentialModel hash = credential.getAnswerHash(answer.getKey());
      if (hash == null) {
        LOG.debugf("Question %s is not enrolled for user %s", answer.getKey(), user.getId());
        allMatch = false;
        continue;
      }
      String normalized =
          AnswerNormalizer.normalize(answer.getValue(), credential.getNormalizationVersion());
      allMatch &= hasher.verify(normalized, hash);
    }
    return allMatch;
  }
}
