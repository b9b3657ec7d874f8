package io.github.jsm2fa.jsmsync.upload;

import io.github.jsm2fa.jsmsync.csv.CsvImportException;
import io.github.jsm2fa.jsmsync.csv.SpreadsheetSafeCsvWriter;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code POST /admin/realms/{realm}/jsm2fa-customers/csv}: imports the request body as a customer
 * file. Requires the manage-users permission. Query parameters: {@code dryRun=true} reports without
 * writing; {@code delimiter=comma|semicolon|tab} overrides detection; {@code format=csv} returns
 * the per-row report as a spreadsheet-safe CSV instead of JSON.
 */
public final class CustomerCsvResource {
  private static final Map<String, Character> DELIMITERS =
      Map.of("comma", ',', ",", ',', "semicolon", ';', ";", ';', "tab", '\t');

  private final KeycloakSession session;
  private final RealmModel realm;
  private final AdminPermissionEvaluator auth;

  CustomerCsvResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
    this.session = session;
    this.realm = realm;
    this.auth = auth;
  }

  @POST
  @Path("csv")
  @Consumes(MediaType.WILDCARD)
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  public Response importCsv(
      InputStream body,
      @QueryParam("dryRun") boolean dryRun,
      @QueryParam("delimiter") String delimiter,
      @QueryParam("format") String format) {
    auth.users().requireManage();

    Character chosen = null;
    if (delimiter != null && !delimiter.isEmpty()) {
      chosen = DELIMITERS.get(delimiter.toLowerCase(Locale.ROOT));
      if (chosen == null) {
        throw new BadRequestException("delimiter must be comma, semicolon or tab");
      }
    }

    CsvImportRun run =
        new CsvImportRun(
            session.getKeycloakSessionFactory(), realm.getId(), realm.getName(), dryRun);
    // Rows are written in their own transactions. Ending the request's transaction now keeps a
    // long upload from outliving Keycloak's transaction timeout (5 minutes), which would turn a
    // finished import's report into a server error; nothing below needs it.
    session.getTransactionManager().commit();

    CsvImportReport report;
    try {
      report = run.run(body, chosen);
    } catch (CsvImportException e) {
      return Response.status(Response.Status.BAD_REQUEST)
          .type(MediaType.APPLICATION_JSON)
          .entity(Map.of("error", e.getMessage()))
          .build();
    }

    Response.Status status =
        report.error() == null ? Response.Status.OK : Response.Status.BAD_REQUEST;
    if ("csv".equalsIgnoreCase(format)) {
      return Response.status(status).type("text/csv; charset=UTF-8").entity(csv(report)).build();
    }
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(report).build();
  }

  private static StreamingOutput csv(CsvImportReport report) {
    return out -> {
      try (SpreadsheetSafeCsvWriter writer =
          new SpreadsheetSafeCsvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
        writer.row("row", "email", "outcome", "reason");
        for (CsvRowReport row : report.rows()) {
          writer.row(row.row(), row.email(), row.outcome(), row.reason());
        }
        if (report.error() != null) {
          writer.row("", "", "stopped", report.error());
        }
      }
    };
  }
}
