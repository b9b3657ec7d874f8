package io.github.jsm2fa.it.support;

import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;

/** Keycloak's username-and-password page ({@code login.ftl}). */
public final class LoginPage extends KeycloakPage {

  private static final String FORM_ID = "kc-form-login";

  public LoginPage(HtmlPage page) {
    super(page);
    form(FORM_ID);
  }

  public static boolean isShown(HtmlPage page) {
    return page.getElementById(FORM_ID) != null;
  }

  /** Fills in and submits the form; returns whatever page comes next. */
  public HtmlPage signIn(String username, String password) {
    HtmlForm form = form(FORM_ID);
    form.getInputByName("username").setValue(username);
    form.getInputByName("password").setValue(password);
    return click(page.getHtmlElementById("kc-login"));
  }
}
