package io.github.jsm2fa.it.sso;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.xml.parsers.DocumentBuilderFactory;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The page by which Keycloak posts a SAML response to the service provider (HTTP-POST binding).
 * Without JavaScript the browser stops on it, so a test can read the response before sending it on.
 */
final class SamlResponsePage {

  private static final String PROTOCOL = "urn:oasis:names:tc:SAML:2.0:protocol";
  private static final String ASSERTION = "urn:oasis:names:tc:SAML:2.0:assertion";
  private static final String SIGNATURE = "http://www.w3.org/2000/09/xmldsig#";

  private final HtmlPage page;
  private final HtmlForm form;
  private final Document response;

  private SamlResponsePage(HtmlPage page, HtmlForm form) {
    this.page = page;
    this.form = form;
    String encoded = ((HtmlInput) form.getInputByName("SAMLResponse")).getValue();
    this.response = parse(Base64.getMimeDecoder().decode(encoded));
  }

  static boolean isShown(HtmlPage page) {
    return responseForm(page) != null;
  }

  static SamlResponsePage of(HtmlPage page) {
    HtmlForm form = responseForm(page);
    if (form == null) {
      throw new IllegalStateException("No SAML response on " + page.getUrl());
    }
    return new SamlResponsePage(page, form);
  }

  String destination() {
    return form.getActionAttribute();
  }

  String statusCode() {
    Element status = first(response.getDocumentElement(), PROTOCOL, "StatusCode");
    return status == null ? "" : status.getAttribute("Value");
  }

  String nameId() {
    Element nameId = nameIdElement();
    return nameId == null ? null : nameId.getTextContent();
  }

  String nameIdFormat() {
    Element nameId = nameIdElement();
    return nameId == null ? null : nameId.getAttribute("Format");
  }

  boolean documentSigned() {
    return directChild(response.getDocumentElement(), SIGNATURE, "Signature");
  }

  boolean assertionSigned() {
    Element assertion = first(response.getDocumentElement(), ASSERTION, "Assertion");
    return assertion != null && directChild(assertion, SIGNATURE, "Signature");
  }

  /** How long the assertion is valid: from its issue instant to its conditions' end. */
  Duration assertionLifetime() {
    Element assertion = first(response.getDocumentElement(), ASSERTION, "Assertion");
    Element conditions = first(assertion, ASSERTION, "Conditions");
    return Duration.between(
        Instant.parse(assertion.getAttribute("IssueInstant")),
        Instant.parse(conditions.getAttribute("NotOnOrAfter")));
  }

  /** Sends the response on to the service provider, as the page's script would. */
  HtmlPage submit() {
    try {
      return page.getWebClient().getPage(form.getWebRequest(null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Element nameIdElement() {
    Element subject = first(response.getDocumentElement(), ASSERTION, "Subject");
    return subject == null ? null : first(subject, ASSERTION, "NameID");
  }

  private static HtmlForm responseForm(HtmlPage page) {
    for (HtmlForm form : page.getForms()) {
      if (!form.getInputsByName("SAMLResponse").isEmpty()) {
        return form;
      }
    }
    return null;
  }

  private static Element first(Element parent, String namespace, String name) {
    var nodes = parent.getElementsByTagNameNS(namespace, name);
    return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
  }

  private static boolean directChild(Element parent, String namespace, String name) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e
          && namespace.equals(e.getNamespaceURI())
          && name.equals(e.getLocalName())) {
        return true;
      }
    }
    return false;
  }

  private static Document parse(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (Exception e) {
      throw new IllegalStateException(
          "Not a SAML response: " + new String(xml, StandardCharsets.UTF_8), e);
    }
  }
}
