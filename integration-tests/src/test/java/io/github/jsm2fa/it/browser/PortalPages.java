package io.github.jsm2fa.it.browser;

import io.github.jsm2fa.it.support.Chromium;
import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The portal realm's sign-in pages as Chromium sees them, with JavaScript on. */
public final class PortalPages {

  static final By SETUP_FORM = By.id("jsm2fa-security-questions-setup-form");
  static final By LOGIN_FORM = By.id("jsm2fa-security-questions-login-form");
  static final By ERROR_MESSAGE = By.id("kc-error-message");
  static final By CHOOSE_FORM = By.id("jsm2fa-choose-method-form");
  static final By REMEMBER_FORM = By.id("jsm2fa-remember-device-form");
  static final By YUBIKEY_REGISTER_FORM = By.id("jsm2fa-yubikey-register-form");
  static final By YUBIKEY_LOGIN_FORM = By.id("jsm2fa-yubikey-login-form");
  private static final By LOGIN_FORM_PASSWORD = By.id("kc-form-login");

  private static final String[] QUESTIONS = {"firstPet", "birthCity", "firstSchool"};

  private final Chromium chromium;
  private final URI baseUrl;
  private final String realm;
  private final String language;

  public PortalPages(Chromium chromium, URI baseUrl, String realm, String language) {
    this.chromium = chromium;
    this.baseUrl = baseUrl;
    this.realm = realm;
    this.language = language;
  }

  /** The account console's sign-in of this page set's realm, in its language. */
  void openLogin() {
    // A fixed PKCE challenge: the code is never exchanged, the pages are what matter here.
    open(
        baseUrl.resolve(
            "/realms/"
                + realm
                + "/protocol/openid-connect/auth?client_id=account-console"
                + "&response_type=code&scope=openid&code_challenge_method=S256"
                + "&code_challenge=47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU"
                + "&redirect_uri="
                + baseUrl.resolve("/realms/" + realm + "/account/")
                + "&ui_locales="
                + language));
    await(LOGIN_FORM_PASSWORD);
  }

  void open(URI url) {
    chromium.open(url);
  }

  void signIn(String username, String password, By next) {
    await(LOGIN_FORM_PASSWORD);
    driver().findElement(By.id("username")).sendKeys(username);
    driver().findElement(By.id("password")).sendKeys(password);
    driver().findElement(By.id("kc-login")).click();
    await(next);
  }

  /** On the 2FA policy's method choice: picks a method, such as {@code yubikey}, and goes on. */
  void chooseMethod(String method, By next) {
    driver().findElement(By.id("method-" + method)).click();
    driver().findElement(By.id("jsm2fa-enroll")).click();
    await(next);
  }

  /** Registers a named YubiKey with text that is no YubiKey code: the code field's error. */
  void submitMalformedYubikeyCode() {
    driver().findElement(By.id("label")).sendKeys("Desk key");
    driver().findElement(By.id("otp")).sendKeys("not a yubikey code");
    driver().findElement(By.id("kc-register-yubikey")).click();
    await(By.id("input-error-otp"));
  }

  /** Signs in with text that is no YubiKey code: the code field's error. */
  void submitMalformedYubikeyLogin() {
    driver().findElement(By.id("otp")).sendKeys("not a yubikey code");
    driver().findElement(By.id("kc-login")).click();
    await(By.id("input-error-otp"));
  }

  /** Signs in with a code of the customer's key; done when the YubiKey step is left behind. */
  void submitYubikeyCode(String otp) {
    WebElement form = driver().findElement(YUBIKEY_LOGIN_FORM);
    driver().findElement(By.id("otp")).sendKeys(otp);
    driver().findElement(By.id("kc-login")).click();
    new WebDriverWait(driver(), Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(form));
    if (!driver().findElements(YUBIKEY_LOGIN_FORM).isEmpty()) {
      throw new IllegalStateException("The YubiKey code was refused: " + visibleText());
    }
  }

  void submitEmptySetup() {
    driver().findElement(By.id("jsm2fa-security-questions-save")).click();
    await(By.id("input-error-question-0"));
  }

  void enroll() {
    for (int slot = 0; slot < QUESTIONS.length; slot++) {
      new Select(driver().findElement(By.id("question-" + slot))).selectByValue(QUESTIONS[slot]);
      driver().findElement(By.id("answer-" + slot)).sendKeys("answer to " + QUESTIONS[slot]);
    }
    WebElement form = driver().findElement(SETUP_FORM);
    driver().findElement(By.id("jsm2fa-security-questions-save")).click();
    // Accepted when the page moves on without showing the form again.
    new WebDriverWait(driver(), Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(form));
    if (!driver().findElements(SETUP_FORM).isEmpty()) {
      throw new IllegalStateException("Enrollment was refused: " + visibleText());
    }
  }

  void answerWrongly() {
    for (int slot = 0; !driver().findElements(By.id("answer-" + slot)).isEmpty(); slot++) {
      driver().findElement(By.id("answer-" + slot)).sendKeys("not the answer");
    }
    driver().findElement(By.id("kc-login")).click();
    await(By.id("input-error-answers"));
  }

  /**
   * Answers the questions asked with the answers {@link #enroll()} gave, finding each question's id
   * by its text in the page's language.
   */
  void answerRightly(java.util.Properties bundle, By next) {
    java.util.Map<String, String> keys =
        java.util.Map.of(
            "firstPet", "securityQuestionsFirstPet",
            "birthCity", "securityQuestionsBirthCity",
            "firstSchool", "securityQuestionsFirstSchool");
    for (int slot = 0; !driver().findElements(By.id("answer-" + slot)).isEmpty(); slot++) {
      String label =
          driver()
              .findElement(By.cssSelector("label[for='answer-" + slot + "']"))
              .getText()
              .strip();
      String id =
          keys.entrySet().stream()
              .filter(entry -> label.equals(bundle.getProperty(entry.getValue()).strip()))
              .map(java.util.Map.Entry::getKey)
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("Asked an unknown question: " + label));
      driver().findElement(By.id("answer-" + slot)).sendKeys("answer to " + id);
    }
    driver().findElement(By.id("kc-login")).click();
    await(next);
  }

  void forgetSession() {
    chromium.forgetSession();
  }

  public String visibleText() {
    return (String) js().executeScript("return document.body.innerText;");
  }

  /** Texts a screen reader or a tooltip shows that are not in the page's visible text. */
  public String attributeTexts() {
    return (String)
        js().executeScript(
                "return Array.from(document.querySelectorAll("
                    + "'[placeholder],[aria-label],[title],[alt],input[type=submit],"
                    + "input[type=button]'))"
                    + ".map(e => [e.getAttribute('placeholder'), e.getAttribute('aria-label'),"
                    + " e.getAttribute('title'), e.getAttribute('alt'),"
                    + " e.type === 'submit' || e.type === 'button' ? e.value : null]"
                    + ".filter(Boolean).join('\\n')).join('\\n');");
  }

  /**
   * The elements that stick out to the right of the window, which make a phone scroll sideways
   * (WCAG's reflow rule); empty when the page fits.
   */
  java.util.List<String> overflowingElements() {
    @SuppressWarnings("unchecked")
    java.util.List<String> elements =
        (java.util.List<String>)
            js().executeScript(
                    "var width = document.documentElement.clientWidth;"
                        + "if (document.documentElement.scrollWidth <= width) { return []; }"
                        + "return Array.from(document.body.querySelectorAll('*'))"
                        + ".filter(e => e.getBoundingClientRect().right > width + 1)"
                        + ".map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                        + " + (typeof e.className === 'string' && e.className"
                        + " ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
                        + " + ' ' + Math.round(e.getBoundingClientRect().right) + '>' + width);");
    return elements;
  }

  public String htmlLanguage() {
    return (String) js().executeScript("return document.documentElement.lang || '';");
  }

  String heading() {
    return driver().findElement(By.id("kc-page-title")).getText().strip();
  }

  boolean usesPackTheme() {
    return !driver().findElements(By.cssSelector("link[href*='css/jsm2fa.css']")).isEmpty();
  }

  private void await(By element) {
    new WebDriverWait(driver(), Duration.ofSeconds(60))
        .until(ExpectedConditions.presenceOfElementLocated(element));
  }

  private WebDriver driver() {
    return chromium.driver();
  }

  private JavascriptExecutor js() {
    return chromium.driver();
  }
}
