package io.github.jsm2fa.it.support;

import io.github.jsm2fa.it.browser.RawMessageKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.htmlunit.BrowserVersion;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.WebWindowEvent;
import org.htmlunit.WebWindowListener;
import org.htmlunit.html.HtmlPage;

/**
 * A headless browser for Keycloak's login pages. JavaScript is off: the keycloak.v2 login pages are
 * plain HTML forms and work without it, and so must the pack's pages.
 */
public final class Browser implements AutoCloseable {

  private final WebClient client = new WebClient(BrowserVersion.FIREFOX);

  /** Pages that showed a message key of the pack instead of its text; checked on close. */
  private final List<String> rawKeyPages = new ArrayList<>();

  public Browser() {
    client.getOptions().setJavaScriptEnabled(false);
    client.getOptions().setCssEnabled(false);
    client.getOptions().setRedirectEnabled(true);
    // Tests assert on error pages too, so a 4xx answer is a page, not an exception.
    client.getOptions().setThrowExceptionOnFailingStatusCode(false);
    client.getCookieManager().setCookiesEnabled(true);
    // Every page any test walks through is checked for raw message keys, so pages added later are
    // covered without a test of their own.
    client.addWebWindowListener(
        new WebWindowListener() {
          @Override
          public void webWindowContentChanged(WebWindowEvent event) {
            if (event.getNewPage() instanceof HtmlPage html) {
              Set<String> keys = RawMessageKeys.packKeysIn(html.asNormalizedText());
              if (!keys.isEmpty()) {
                rawKeyPages.add(html.getUrl() + " shows " + keys);
              }
            }
          }

          @Override
          public void webWindowOpened(WebWindowEvent event) {}

          @Override
          public void webWindowClosed(WebWindowEvent event) {}
        });
  }

  public HtmlPage open(URI url) {
    return asHtml(navigate(url));
  }

  /** Any page, including non-HTML answers such as JSON. */
  public Page navigate(URI url) {
    try {
      return client.getPage(url.toURL());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open " + url, e);
    }
  }

  /** The page in the current window. */
  public Page currentPage() {
    return client.getCurrentWindow().getEnclosedPage();
  }

  public URI currentUrl() {
    return URI.create(currentPage().getUrl().toString());
  }

  /** For cookies and options a page object needs beyond the defaults. */
  public WebClient webClient() {
    return client;
  }

  static HtmlPage asHtml(Page page) {
    if (page instanceof HtmlPage html) {
      return html;
    }
    throw new IllegalStateException(
        "Expected an HTML page at "
            + page.getUrl()
            + " but got "
            + page.getWebResponse().getContentType());
  }

  @Override
  public void close() {
    client.close();
    if (!rawKeyPages.isEmpty()) {
      throw new AssertionError("Pages showed raw message keys: " + rawKeyPages);
    }
  }
}
