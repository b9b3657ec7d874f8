package io.github.jsm2fa.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;

/** What every Keycloak login-flow page shares: a title, a message alert and field errors. */
public abstract class KeycloakPage {

  protected final HtmlPage page;

  protected KeycloakPage(HtmlPage page) {
    this.page = page;
  }

  public HtmlPage htmlPage() {
    return page;
  }

  /** The heading, such as "Sign in to your account". */
  public String title() {
    return text(page.getElementById("kc-page-title"));
  }

  /** The text of the message alert above the form, or "" when there is none. */
  public String alertText() {
    return page.getByXPath("//*[contains(@class,'kc-feedback-text')]").stream()
        .map(node -> ((DomElement) node).getTextContent().trim())
        .findFirst()
        .orElse("");
  }

  /** The error bound to an input, or "" when the field has none. */
  public String fieldError(String fieldName) {
    return text(page.getElementById("input-error-" + fieldName));
  }

  protected HtmlForm form(String id) {
    DomElement form = page.getElementById(id);
    if (!(form instanceof HtmlForm htmlForm)) {
      throw new IllegalStateException("No form #" + id + " on " + page.getUrl());
    }
    return htmlForm;
  }

  protected static String text(DomElement element) {
    return element == null ? "" : element.getTextContent().trim();
  }

  protected static HtmlPage click(HtmlElement element) {
    try {
      return Browser.asHtml(element.click());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
