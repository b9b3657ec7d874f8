package io.github.jsm2fa.management;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Serves the management page at {@code /realms/{realm}/jsm2fa-manage/}: static files only. The page
 * signs the admin in through Keycloak (authorization code with PKCE, public client {@code
 * jsm2fa-management}) and calls the management API with the admin's token; it holds no secret.
 */
public class ManagementPageResource {

  static final String CLIENT_ID = "jsm2fa-management";

  private static final Map<String, String> FILES =
      Map.of(
          "index.html", "text/html; charset=utf-8",
          "app.js", "text/javascript; charset=utf-8",
          "app.css", "text/css; charset=utf-8");

  /**
   * The page runs only its own script and style, talks only to this server, and is never framed.
   */
  private static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self';"
          + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  @GET
  public Response index() {
    return file("index.html");
  }

  @GET
  @Path("{file}")
  public Response file(@PathParam("file") String name) {
    String type = FILES.get(name);
    if (type == null) {
      throw new NotFoundException();
    }
    byte[] body;
    try (InputStream in =
        ManagementPageResource.class.getResourceAsStream("/jsm2fa-manage/" + name)) {
      if (in == null) {
        throw new NotFoundException();
      }
      body = in.readAllBytes();
    } catch (IOException e) {
      throw new NotFoundException();
    }
    return Response.ok(body, type)
        .header("Content-Security-Policy", CSP)
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer")
        .header("Cache-Control", "no-cache")
        .build();
  }
}
