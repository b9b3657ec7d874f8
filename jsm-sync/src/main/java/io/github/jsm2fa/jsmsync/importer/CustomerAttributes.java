package io.github.jsm2fa.jsmsync.importer;

/**
 * The user and group attributes the importer reads and writes.
 *
 * <p>LIMITATION: the user attributes are not declared in the realm's user profile, so admins see
 * them only when unmanaged attributes are visible to admins. A fix declares them (admin-view only)
 * in the ready realm's user profile.
 */
public final class CustomerAttributes {
  /** The JSM accountId (Cloud) or key (Data Center) of a customer. */
  public static final String CUSTOMER_ID = "jsmCustomerId";

  /** Which import owns the user: a federation component id, or {@link #CSV_SOURCE}. */
  public static final String SOURCE = "jsmImportSource";

  public static final String CSV_SOURCE = "csv";

  /** The JSM organization id on a Keycloak organization or group. */
  public static final String ORGANIZATION_ID = "jsmOrganizationId";

  private CustomerAttributes() {}
}
