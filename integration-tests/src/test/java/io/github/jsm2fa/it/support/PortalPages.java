package io.github.jsm2fa.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;

/**
 * The second-factor pages a customer meets after the password: the pack's method choice and
 * remember-device pages, Keycloak's OTP, recovery-code and select-authenticator pages, and the
 * security-questions pages. Scripts are off, so forms that Keycloak submits by script are submitted
 * here as a browser would.
 */
public final class PortalPages {

  private PortalPages() {}

  /** The template a page was rendered from, as its marker comment names it, or "". */
  public static String template(HtmlPage page) {
    String xml = page.asXml();
    int at = xml.indexOf("template: ");
    if (at < 0) {
      return "";
    }
    int end = xml.indexOf(' ', at + "template: ".length());
    return xml.substring(at + "template: ".length(), end);
  }

  public static boolean isMethodChoice(HtmlPage page) {
    return page.getElementById("jsm2fa-choose-method-form") != null;
  }

  /** The method values offered on the choice page. */
  public static List<String> offeredMethods(HtmlPage page) {
    List<String> methods = new ArrayList<>();
    for (DomElement input : page.getElementsByName("method")) {
      methods.add(input.getAttribute("value"));
    }
    return methods;
  }

  public static String graceText(HtmlPage page) {
    DomElement grace = page.getElementById("jsm2fa-grace-left");
    return grace == null ? "" : grace.getTextContent().replaceAll("\\s+", " ").trim();
  }

  public static HtmlPage chooseMethod(HtmlPage page, String method) {
    ((HtmlInput) page.getElementById("method-" + method)).setChecked(true);
    return click(page.getHtmlElementById("jsm2fa-enroll"));
  }

  public static HtmlPage postpone(HtmlPage page) {
    return click(page.getHtmlElementById("jsm2fa-later"));
  }

  /** Fills in Keycloak's TOTP setup page with a valid code; returns the customer's app. */
  public static TotpApp enrollTotp(HtmlPage page) {
    HtmlForm form = (HtmlForm) page.getElementById("kc-totp-settings-form");
    TotpApp app = new TotpApp(form.getInputByName("totpSecret").getValue());
    form.getInputByName("totp").setValue(app.code());
    form.getInputByName("userLabel").setValue("phone");
    click(page.getHtmlElementById("saveTOTPBtn"));
    return app;
  }

  /** Saves the recovery codes Keycloak generated; returns them in order. */
  public static List<String> enrollRecoveryCodes(HtmlPage page) {
    HtmlForm form = (HtmlForm) page.getElementById("kc-recovery-codes-settings-form");
    String codes = form.getInputByName("generatedRecoveryAuthnCodes").getValue();
    submit(form);
    return List.of(codes.split(","));
  }

  public static boolean isRecoveryCodeForm(HtmlPage page) {
    return page.getElementById("kc-recovery-code-login-form") != null;
  }

  /** Answers the recovery-code page with the code it asks for (by number). */
  public static HtmlPage submitRecoveryCode(HtmlPage page, List<String> codes) {
    HtmlForm form = (HtmlForm) page.getElementById("kc-recovery-code-login-form");
    String label = page.getElementById("kc-recovery-code-login-form").asNormalizedText();
    java.util.regex.Matcher number = java.util.regex.Pattern.compile("#(\\d+)").matcher(label);
    int index = number.find() ? Integer.parseInt(number.group(1)) - 1 : 0;
    form.getInputByName("recoveryCodeInput").setValue(codes.get(index));
    return click(page.getHtmlElementById("kc-login"));
  }

  public static boolean isOtpForm(HtmlPage page) {
    return page.getElementById("kc-otp-login-form") != null;
  }

  public static HtmlPage submitOtp(HtmlPage page, String code) {
    HtmlForm form = (HtmlForm) page.getElementById("kc-otp-login-form");
    form.getInputByName("otp").setValue(code);
    return click(page.getHtmlElementById("kc-login"));
  }

  /** The "Try another way" link, submitted as its script would. */
  public static HtmlPage tryAnotherWay(HtmlPage page) {
    return submit((HtmlForm) page.getElementById("kc-select-try-another-way-form"));
  }

  public static boolean offersTryAnotherWay(HtmlPage page) {
    return page.getElementById("kc-select-try-another-way-form") != null;
  }

  /** The headings of the options on Keycloak's select-authenticator page, in order. */
  public static List<String> selectOptions(HtmlPage page) {
    List<String> names = new ArrayList<>();
    for (Object node : page.getByXPath("//h2[contains(@class,'select-auth-box-headline')]")) {
      names.add(((DomElement) node).getTextContent().trim());
    }
    return names;
  }

  /** Picks the n-th option of the select-authenticator page. */
  public static HtmlPage selectOption(HtmlPage page, int index) {
    List<HtmlForm> forms = page.getForms();
    return submit(forms.get(index));
  }

  public static boolean isRememberDevice(HtmlPage page) {
    return page.getElementById("jsm2fa-remember-device-form") != null;
  }

  public static HtmlPage rememberDevice(HtmlPage page, boolean remember) {
    return click(page.getHtmlElementById(remember ? "jsm2fa-remember-yes" : "jsm2fa-remember-no"));
  }

  public static HtmlPage submit(HtmlForm form) {
    try {
      return Browser.asHtml(form.getPage().getWebClient().getPage(form.getWebRequest(null)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static HtmlPage click(HtmlElement element) {
    try {
      return Browser.asHtml(element.click());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
