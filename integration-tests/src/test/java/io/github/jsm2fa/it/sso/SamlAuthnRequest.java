package io.github.jsm2fa.it.sso;

import io.github.jsm2fa.testbed.RestClient;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A minimal unsigned SAML authentication request with no NameIDPolicy, which Keycloak's broker
 * cannot send: the case of a service provider that names no NameID format at all.
 */
public record SamlAuthnRequest(String xml) {

  public static SamlAuthnRequest withoutNameIdPolicy(String issuer, String assertionConsumerUrl) {
    String xml =
        "<samlp:AuthnRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\""
            + " xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\""
            + " ID=\"_"
            + UUID.randomUUID()
            + "\" Version=\"2.0\" IssueInstant=\""
            + Instant.now()
            + "\" AssertionConsumerServiceURL=\""
            + assertionConsumerUrl
            + "\" ProtocolBinding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\">"
            + "<saml:Issuer>"
            + issuer
            + "</saml:Issuer></samlp:AuthnRequest>";
    return new SamlAuthnRequest(xml);
  }

  /** The portal realm's SAML endpoint with this request in the HTTP-Redirect binding. */
  public URI redirectUrl(URI baseUrl) {
    return baseUrl.resolve(
        "/realms/"
            + SamlServiceProviderRealm.PORTAL_REALM
            + "/protocol/saml?SAMLRequest="
            + RestClient.encode(Base64.getEncoder().encodeToString(deflate(xml))));
  }

  private static byte[] deflate(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // The redirect binding uses raw DEFLATE, without the zlib header.
    try (DeflaterOutputStream deflater =
        new DeflaterOutputStream(out, new Deflater(Deflater.DEFLATED, true))) {
      deflater.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }
}
