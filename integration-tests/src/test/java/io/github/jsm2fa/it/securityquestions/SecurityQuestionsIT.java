package io.github.jsm2fa.it.securityquestions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jsm2fa.it.support.AccountApi;
import io.github.jsm2fa.it.support.Browser;
import io.github.jsm2fa.it.support.KeycloakIT;
import io.github.jsm2fa.it.support.LoginPage;
import io.github.jsm2fa.it.support.PkceLogin;
import io.github.jsm2fa.it.support.PortalPages;
import io.github.jsm2fa.testbed.AdminApi;
import io.github.jsm2fa.testbed.KeycloakServer;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The security-questions method through the real login pages of the ready realm. */
@KeycloakIT
class SecurityQuestionsIT {

  private static final String REALM = "jsm-portal";
  private static final String PASSWORD = "Portal-Pass-1";
  private static final String SETUP_ACTION = "jsm2fa-security-questions-setup";
  private static final Map<String, String> QUESTION_KEYS =
      Map.of(
          "firstPet", "securityQuestionsFirstPet",
          "birthCity", "securityQuestionsBirthCity",
          "firstSchool", "securityQuestionsFirstSchool");

  /** Every answer typed by this class, to look for in the log and events afterwards. */
  private static final List<String> TYPED = new ArrayList<>();

  private static Properties english;

  @Test
  @Tag("smoke")
  void firstLogin_enrollsThenAnswersDifferingInCaseSpacingAndUnicodeFormSignIn(
      KeycloakServer server, AdminApi admin) {
    Customer customer = Customer.create(admin);

    enrollAtFirstLogin(server, customer);

    try (Browser browser = new Browser()) {
      PkceLogin login = PkceLogin.start(browser, server.baseUrl(), REALM);
      HtmlPage questions = signInWithPassword(browser, customer);
      HtmlPage landed = new SecurityQuestionsLoginPage(questions).answer(customer::variantFor);

      assertThat(SecurityQuestionsLoginPage.isShown(landed)).isFalse();
      AccountApi account = login.finish(browser);
      assertThat(account.credentialIds("jsm2fa-security-questions")).hasSize(1);
    }
  }

  @Test
  void enrollment_rejectsRepeatedQuestionsAndShortAnswersWithFieldErrors(
      KeycloakServer server, AdminApi admin) {
    Customer customer = Customer.create(admin);

    try (Browser browser = new Browser()) {
      PkceLogin.start(browser, server.baseUrl(), REALM);
      SecurityQuestionsSetupPage setup =
          new SecurityQuestionsSetupPage(toSetup(signInWithPassword(browser, customer)));
      assertThat(setup.slotCount()).isEqualTo(3);
      assertThat(setup.offeredQuestionIds()).containsAll(QUESTION_KEYS.keySet());

      HtmlPage again =
          setup
              .choose(0, "firstPet", typed("Rexford Pup"))
              .choose(1, "firstPet", typed("Berlin Spandau"))
              .choose(2, "firstSchool", "x")
              .save();

      SecurityQuestionsSetupPage shown = new SecurityQuestionsSetupPage(again);
      assertThat(shown.fieldError("question-1")).isNotBlank();
      assertThat(shown.fieldError("answer-2")).contains("2");
      assertThat(shown.fieldError("question-0")).isEmpty();
      assertThat(again.asXml()).doesNotContain("Berlin Spandau");
    }
    assertThat(admin.userCredentials(REALM, customer.id).toString())
        .doesNotContain("jsm2fa-security-questions");
  }

  @Test
  void newSignIns_askTheSameQuestionsUntilAnsweredRightly(KeycloakServer server, AdminApi admin) {
    Customer customer = Customer.create(admin);
    enrollAtFirstLogin(server, customer);

    // Whoever knows the password could otherwise start over until asked what they know.
    List<List<String>> asked = new ArrayList<>();
    for (int attempt = 0; attempt < 5; attempt++) {
      try (Browser browser = new Browser()) {
        PkceLogin.start(browser, server.baseUrl(), REALM);
        asked.add(
            new SecurityQuestionsLoginPage(signInWithPassword(browser, customer)).askedQuestions());
      }
    }

    assertThat(asked).allMatch(questions -> questions.equals(asked.get(0)));
    try (Browser browser = new Browser()) {
      PkceLogin login = PkceLogin.start(browser, server.baseUrl(), REALM);
      new SecurityQuestionsLoginPage(signInWithPassword(browser, customer))
          .answer(customer::answerFor);
      login.finish(browser);
    }
  }

  @Test
  @Tag("smoke")
  void wrongAnswer_raisesNumFailuresByExactlyOne(KeycloakServer server, AdminApi admin)
      throws InterruptedException {
    Customer customer = Customer.create(admin);
    enrollAtFirstLogin(server, customer);

    try (Browser browser = new Browser()) {
      PkceLogin.start(browser, server.baseUrl(), REALM);
      HtmlPage questions = signInWithPassword(browser, customer);
      HtmlPage again =
          new SecurityQuestionsLoginPage(questions).answer(q -> typed("wrong answer one"));

      SecurityQuestionsLoginPage shown = new SecurityQuestionsLoginPage(again);
      assertThat(shown.answersError()).isNotBlank();
    }
    awaitFailures(admin, customer, 1);
    Thread.sleep(1500);
    assertThat(failures(admin, customer)).isEqualTo(1);
    assertThat(loginErrors(admin, customer)).contains("invalid_user_credentials");
  }

  @Test
  @Tag("smoke")
  void failureFactorReached_locksOutAndRefusesRightAnswers(KeycloakServer server, AdminApi admin)
      throws InterruptedException {
    Customer customer = Customer.create(admin);
    enrollAtFirstLogin(server, customer);
    int failureFactor = admin.realm(REALM).path("failureFactor").asInt();

    try (Browser browser = new Browser()) {
      PkceLogin.start(browser, server.baseUrl(), REALM);
      HtmlPage page = signInWithPassword(browser, customer);
      for (int failure = 1; failure <= failureFactor; failure++) {
        // Keycloak treats failures closer than its quick-login check as an attack of their own.
        Thread.sleep(1200);
        page = new SecurityQuestionsLoginPage(page).answer(q -> typed("wrong answer again"));
        awaitFailures(admin, customer, failure);
      }
      assertThat(admin.bruteForceStatus(REALM, customer.id)).containsEntry("disabled", true);

      HtmlPage refused = new SecurityQuestionsLoginPage(page).answer(customer::answerFor);

      assertThat(SecurityQuestionsLoginPage.isShown(refused)).isTrue();
      assertThat(browser.currentUrl().getPath()).contains("/login-actions/");
    }
    assertThat(failures(admin, customer)).isEqualTo(failureFactor);
    assertThat(loginErrors(admin, customer)).contains("user_temporarily_disabled");
  }

  @Test
  void adminRewordsAQuestion_customerStillSignsIn(KeycloakServer server, AdminApi admin) {
    Customer customer = Customer.create(admin);
    enrollAtFirstLogin(server, customer);
    String path = "/admin/realms/" + REALM + "/authentication/required-actions/" + SETUP_ACTION;
    JsonNode original = admin.get(path + "/config");
    ObjectNode edited = original.deepCopy();
    String reworded = "Remind us: your very first pet was called?";
    String rewordedSchool = "Which school did you go to first?";
    String questions =
        original
            .path("config")
            .path("questions")
            .asText()
            .replace("firstPet=${securityQuestionsFirstPet}", "firstPet=" + reworded)
            .replace(
                "firstSchool=${securityQuestionsFirstSchool}", "firstSchool=" + rewordedSchool);
    ((ObjectNode) edited.path("config")).put("questions", questions);
    admin.put(path + "/config", edited);
    try (Browser browser = new Browser()) {
      PkceLogin login = PkceLogin.start(browser, server.baseUrl(), REALM);
      SecurityQuestionsLoginPage page =
          new SecurityQuestionsLoginPage(signInWithPassword(browser, customer));
      Map<String, String> byText = new LinkedHashMap<>();
      byText.put(reworded, customer.answers.get("firstPet"));
      byText.put(rewordedSchool, customer.answers.get("firstSchool"));
      byText.put(english("securityQuestionsBirthCity"), customer.answers.get("birthCity"));

      HtmlPage landed = page.answer(byText::get);

      assertThat(SecurityQuestionsLoginPage.isShown(landed)).isFalse();
      login.finish(browser);
    } finally {
      admin.put(path + "/config", original);
    }
  }

  @Test
  void accountConsole_listsAndRemovesTheCredential(KeycloakServer server, AdminApi admin) {
    Customer customer = Customer.create(admin);
    enrollAtFirstLogin(server, customer);

    try (Browser browser = new Browser()) {
      PkceLogin login = PkceLogin.start(browser, server.baseUrl(), REALM);
      new SecurityQuestionsLoginPage(signInWithPassword(browser, customer))
          .answer(customer::answerFor);
      AccountApi account = login.finish(browser);
      JsonNode type = credentialType(account.credentials(), "jsm2fa-security-questions");
      assertThat(type.path("category").asText()).isEqualTo("two-factor");
      assertThat(type.path("createAction").asText()).isEqualTo(SETUP_ACTION);
      assertThat(type.path("removeable").asBoolean()).isTrue();
      assertThat(type.toString())
          .doesNotContain("secretData")
          .doesNotContain(customer.firstAnswer());
      String credentialId = account.credentialIds("jsm2fa-security-questions").get(0);

      // The account console removes a credential through Keycloak's delete_credential action.
      PkceLogin removal =
          PkceLogin.start(
              browser,
              server.baseUrl(),
              REALM,
              Map.of("kc_action", "delete_credential:" + credentialId));
      HtmlPage confirm = (HtmlPage) browser.currentPage();
      click(confirm, "kc-accept");
      AccountApi after = removal.finish(browser);

      assertThat(after.credentialIds("jsm2fa-security-questions")).isEmpty();
    }
  }

  @AfterAll
  static void logAndEvents_holdNoTypedAnswer(KeycloakServer server, AdminApi admin)
      throws IOException {
    String log = Files.readString(server.logFile());
    String events = admin.events(REALM).toString() + admin.adminEvents(REALM).toString();

    for (String answer : TYPED) {
      assertThat(log).as("server log").doesNotContainIgnoringCase(answer);
      assertThat(events).as("events").doesNotContainIgnoringCase(answer);
    }
  }

  // --- helpers -------------------------------------------------------------------------------

  private static void enrollAtFirstLogin(KeycloakServer server, Customer customer) {
    try (Browser browser = new Browser()) {
      PkceLogin login = PkceLogin.start(browser, server.baseUrl(), REALM);
      SecurityQuestionsSetupPage setup =
          new SecurityQuestionsSetupPage(toSetup(signInWithPassword(browser, customer)));
      int slot = 0;
      for (Map.Entry<String, String> answer : customer.answers.entrySet()) {
        setup.choose(slot++, answer.getKey(), answer.getValue());
      }
      HtmlPage landed = setup.save();
      assertThat(SecurityQuestionsSetupPage.isShown(landed)).as("enrollment accepted").isFalse();
      login.finish(browser);
    }
  }

  /**
   * The enrollment page: the ready realm's 2FA policy first lets a customer with no method choose
   * one, and this class chooses security questions.
   */
  private static HtmlPage toSetup(HtmlPage afterPassword) {
    if (PortalPages.isMethodChoice(afterPassword)) {
      return PortalPages.chooseMethod(afterPassword, "security-questions");
    }
    return afterPassword;
  }

  private static HtmlPage signInWithPassword(Browser browser, Customer customer) {
    return new LoginPage((HtmlPage) browser.currentPage()).signIn(customer.username, PASSWORD);
  }

  private static void click(HtmlPage page, String id) {
    try {
      page.getHtmlElementById(id).click();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static JsonNode credentialType(JsonNode credentials, String type) {
    for (JsonNode group : credentials) {
      if (type.equals(group.path("type").asText())) {
        return group;
      }
    }
    throw new AssertionError("No credential type " + type + " in " + credentials);
  }

  private static int failures(AdminApi admin, Customer customer) {
    return ((Number) admin.bruteForceStatus(REALM, customer.id).get("numFailures")).intValue();
  }

  /** Keycloak records failures on a background thread, so the count is polled. */
  private static void awaitFailures(AdminApi admin, Customer customer, int expected)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
    while (failures(admin, customer) < expected && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    assertThat(failures(admin, customer)).isEqualTo(expected);
  }

  private static List<String> loginErrors(AdminApi admin, Customer customer) {
    List<String> errors = new ArrayList<>();
    for (JsonNode event : admin.events(REALM)) {
      if (customer.id.equals(event.path("userId").asText()) && event.hasNonNull("error")) {
        errors.add(event.path("error").asText());
      }
    }
    return errors;
  }

  private static synchronized String english(String key) {
    if (english == null) {
      english = new Properties();
      Path bundle =
          Path.of("..", "themes", "src", "main", "resources", "theme-resources", "messages")
              .resolve("messages_en.properties");
      try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
        english.load(reader);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return english.getProperty(key);
  }

  private static String typed(String answer) {
    TYPED.add(answer);
    return answer;
  }

  /** A customer of the realm with a password and the answers they enroll. */
  private static final class Customer {
    final String id;
    final String username;
    final Map<String, String> answers = new LinkedHashMap<>();

    private Customer(String id, String username) {
      this.id = id;
      this.username = username;
    }

    static Customer create(AdminApi admin) {
      String tag = UUID.randomUUID().toString().substring(0, 8);
      String username = "sq-" + tag;
      String id =
          admin.createUser(REALM, username, username + "@example.com", "Sam", "Quinn", PASSWORD);
      Customer customer = new Customer(id, username);
      customer.answers.put("firstPet", typed("Fluffy " + tag));
      customer.answers.put("birthCity", typed("São Paulo " + tag));
      customer.answers.put("firstSchool", typed("Hill Top " + tag));
      return customer;
    }

    String firstAnswer() {
      return answers.get("firstPet");
    }

    /** The enrolled answer to a question, by its English text. */
    String answerFor(String questionText) {
      for (Map.Entry<String, String> entry : QUESTION_KEYS.entrySet()) {
        if (questionText.equals(english(entry.getValue()))) {
          return answers.get(entry.getKey());
        }
      }
      throw new AssertionError("Asked a question the customer did not enroll: " + questionText);
    }

    /** The same answer typed differently: other case, extra spaces, decomposed accents. */
    String variantFor(String questionText) {
      String answer = answerFor(questionText);
      String decomposed = java.text.Normalizer.normalize(answer, java.text.Normalizer.Form.NFD);
      return typed("  " + decomposed.toUpperCase(java.util.Locale.ROOT).replace(" ", "   ") + " ");
    }
  }
}
