package io.github.jsm2fa.management;

import java.util.List;
import java.util.Map;

/**
 * The management dashboard's numbers.
 *
 * @param enrolled customers with at least one method the policy allows
 * @param enrolledByMethod customers per enrolled method (a customer may count under several)
 * @param lastImports the last run of each JSM sync and CSV import, as the importer stored it
 */
public record DashboardRepresentation(
    int customers,
    int enrolled,
    Map<String, Integer> enrolledByMethod,
    int skipped,
    int inGrace,
    int locked,
    int enrollmentBlocked,
    boolean policyEnabled,
    List<Map<String, Object>> lastImports) {}
