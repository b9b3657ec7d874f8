package io.github.jsm2fa.management;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.keycloak.cookie.CookieProvider;
import org.keycloak.cookie.CookieType;
import org.keycloak.locale.LocaleSelectorProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.theme.Theme;

/**
 * Serves the management page at {@code /realms/{realm}/jsm2fa-manage/}. The page signs the admin in
 * through Keycloak (authorization code with PKCE, public client {@code jsm2fa-management}) and
 * calls the management API with the admin's token; it holds no secret. {@code index.html} comes
 * with its texts in the language {@link ManagementLocale} picks, read from the realm's login theme
 * (the pack's bundles plus the realm's own localization texts).
 */
public class ManagementPageResource implements RealmResourceProvider {

  static final String CLIENT_ID = "jsm2fa-management";

  private static final String INDEX = "index.html";

  private static final Map<String, String> FILES =
      Map.of(
          INDEX,
          "text/html; charset=utf-8",
          "app.js",
          "text/javascript; charset=utf-8",
          "app.css",
          "text/css; charset=utf-8");

  /**
   * The page runs only its own script and style, talks only to this server, and is never framed.
   */
  private static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self';"
          + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private final KeycloakSession session;

  ManagementPageResource(KeycloakSession session) {
    this.session = session;
  }

  @Override
  public Object getResource() {
    return this;
  }

  @Override
  public void close() {}

  @GET
  public Response index() throws IOException {
    return file(INDEX);
  }

  @GET
  @Path("{file}")
  public Response file(@PathParam("file") String name) throws IOException {
    String type = FILES.get(name);
    if (type == null) {
      throw new NotFoundException();
    }
    byte[] body = read(name);
    if (!INDEX.equals(name)) {
      return respond(Response.ok(body, type));
    }

    RealmModel realm = session.getContext().getRealm();
    Locale locale =
        ManagementLocale.choose(
            realm.isInternationalizationEnabled(),
            realm.getSupportedLocalesStream().toList(),
            realm.getDefaultLocale(),
            requestedLanguages());
    Theme theme = session.theme().getTheme(Theme.Type.LOGIN);
    Map<String, String> messages =
        ManagementPageTemplate.messages(
            theme.getEnhancedMessages(realm, locale),
            theme.getEnhancedMessages(realm, Locale.ENGLISH),
            locale);
    String page =
        ManagementPageTemplate.render(new String(body, StandardCharsets.UTF_8), locale, messages);
    return respond(
        Response.ok(page.getBytes(StandardCharsets.UTF_8), type)
            .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
            .header(HttpHeaders.VARY, "Accept-Language, Cookie"));
  }

  /**
   * {@code kc_locale}, the tags of {@code ui_locales}, Keycloak's locale cookie (which Keycloak
   * sets from the admin's {@code locale} attribute when they sign in, or from a language picked on
   * its pages), then the browser's Accept-Language.
   */
  private List<String> requestedLanguages() {
    List<String> requested = new ArrayList<>();
    MultivaluedMap<String, String> query = session.getContext().getUri().getQueryParameters();
    requested.add(query.getFirst(LocaleSelectorProvider.KC_LOCALE_PARAM));
    String uiLocales = query.getFirst("ui_locales");
    if (uiLocales != null) {
      requested.addAll(List.of(uiLocales.split(" ")));
    }
    requested.add(session.getProvider(CookieProvider.class).get(CookieType.LOCALE));
    for (Locale accepted : session.getContext().getRequestHeaders().getAcceptableLanguages()) {
      requested.add(accepted.toLanguageTag());
    }
    return requested;
  }

  private static byte[] read(String name) throws IOException {
    try (InputStream in =
        ManagementPageResource.class.getResourceAsStream("/jsm2fa-manage/" + name)) {
      if (in == null) {
        throw new NotFoundException();
      }
      return in.readAllBytes();
    }
  }

  private static Response respond(Response.ResponseBuilder response) {
    return response
        .header("Content-Security-Policy", CSP)
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer")
        .header("Cache-Control", "no-cache")
        .build();
  }
}
