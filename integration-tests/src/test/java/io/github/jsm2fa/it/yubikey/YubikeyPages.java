package io.github.jsm2fa.it.yubikey;

import io.github.jsm2fa.it.support.Browser;
import io.github.jsm2fa.it.support.KeycloakPage;
import io.github.jsm2fa.it.support.LoginPage;
import io.github.jsm2fa.it.support.PkceLogin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;

/** Page objects of the YubiKey step and of YubiKey enrollment. */
final class YubikeyPages {

  private YubikeyPages() {}

  /** Opens a login through the account console and passes the password page. */
  static PkceLogin signInWithPassword(Browser browser, URI baseUrl, String realm, String user) {
    PkceLogin login = PkceLogin.start(browser, baseUrl, realm);
    new LoginPage((HtmlPage) browser.currentPage()).signIn(user, YubikeyTestRealm.PASSWORD);
    return login;
  }

  /** The login step: {@code jsm2fa-yubikey-login.ftl}. */
  static final class LoginStep extends KeycloakPage {
    static final String FORM_ID = "jsm2fa-yubikey-login-form";

    LoginStep(HtmlPage page) {
      super(page);
      form(FORM_ID);
    }

    static boolean isShown(HtmlPage page) {
      return page.getElementById(FORM_ID) != null;
    }

    HtmlInput otpInput() {
      return form(FORM_ID).getInputByName("otp");
    }

    HtmlPage submit(String otp) {
      HtmlForm form = form(FORM_ID);
      form.getInputByName("otp").setValue(otp);
      return click(form.getOneHtmlElementByAttribute("button", "type", "submit"));
    }

    String otpError() {
      return fieldError("otp");
    }
  }

  /** Enrollment: {@code jsm2fa-yubikey-register.ftl}. */
  static final class RegisterStep extends KeycloakPage {
    static final String FORM_ID = "jsm2fa-yubikey-register-form";

    RegisterStep(HtmlPage page) {
      super(page);
      form(FORM_ID);
    }

    static boolean isShown(HtmlPage page) {
      return page.getElementById(FORM_ID) != null;
    }

    HtmlPage register(String label, String otp) {
      HtmlForm form = form(FORM_ID);
      form.getInputByName("label").setValue(label);
      form.getInputByName("otp").setValue(otp);
      return click(form.getOneHtmlElementByAttribute("button", "type", "submit"));
    }
  }

  static HtmlPage current(Browser browser) {
    try {
      return (HtmlPage) browser.currentPage();
    } catch (ClassCastException e) {
      throw new UncheckedIOException(new IOException("not an HTML page: " + browser.currentUrl()));
    }
  }
}
