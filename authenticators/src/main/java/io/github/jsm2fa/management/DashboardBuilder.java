package io.github.jsm2fa.management;

import io.github.jsm2fa.policy.TwoFactorMethod;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.util.JsonSerialization;

/** Counts customers for the dashboard and reads the importer's last-run summaries. */
final class DashboardBuilder {

  /** Realm attributes in which the JSM sync and the CSV import store their last run. */
  static final String LAST_IMPORT_PREFIX = "jsm2fa.lastImport.";

  private static final Logger LOG = Logger.getLogger(DashboardBuilder.class);

  private DashboardBuilder() {}

  // LIMITATION: the dashboard reads every customer of the realm on each request. A realm with
  // tens of thousands of customers answers slowly. A fix needs counts kept up to date by events.
  static DashboardRepresentation build(
      KeycloakSession session, RealmModel realm, CustomerStatusReader reader) {
    int customers = 0;
    int enrolled = 0;
    int skipped = 0;
    int inGrace = 0;
    int locked = 0;
    int blocked = 0;
    Map<String, Integer> byMethod = new LinkedHashMap<>();
    for (TwoFactorMethod method : TwoFactorMethod.values()) {
      byMethod.put(method.value(), 0);
    }

    for (var user : session.users().searchForUserStream(realm, Map.of()).toList()) {
      if (!reader.isCustomer(user)) {
        continue;
      }
      CustomerRepresentation customer = reader.read(user);
      customers++;
      if (!reader.usable(user).isEmpty()) {
        enrolled++;
      }
      customer.methods().forEach(m -> byMethod.merge(m, 1, Integer::sum));
      skipped += customer.skipped() ? 1 : 0;
      inGrace += customer.inGrace() ? 1 : 0;
      locked += customer.locked() ? 1 : 0;
      blocked += customer.enrollmentBlocked() ? 1 : 0;
    }
    return new DashboardRepresentation(
        customers,
        enrolled,
        byMethod,
        skipped,
        inGrace,
        locked,
        blocked,
        reader.policy().enabled(),
        lastImports(realm));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> lastImports(RealmModel realm) {
    List<Map<String, Object>> imports = new ArrayList<>();
    realm
        .getAttributes()
        .forEach(
            (name, json) -> {
              if (!name.startsWith(LAST_IMPORT_PREFIX) || json == null) {
                return;
              }
              try {
                imports.add(JsonSerialization.readValue(json, Map.class));
              } catch (IOException e) {
                LOG.warnf("Realm %s: attribute %s is not a run summary", realm.getName(), name);
              }
            });
    imports.sort((a, b) -> Long.compare(asLong(b.get("startedAt")), asLong(a.get("startedAt"))));
    return imports;
  }

  private static long asLong(Object value) {
    return value instanceof Number number ? number.longValue() : 0L;
  }
}
