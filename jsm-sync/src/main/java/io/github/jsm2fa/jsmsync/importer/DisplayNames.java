package io.github.jsm2fa.jsmsync.importer;

/**
 * Splits a JSM display name into first and last name at the first space.
 *
 * <p>LIMITATION: JSM holds one display name, Keycloak a first and a last name. "Maria de la Cruz"
 * becomes first name "Maria" and last name "de la Cruz"; a one-word name leaves the last name
 * empty, which the realm's user profile may ask the customer to fill in at the next login. A fix
 * needs a display-name attribute in the user profile and the portal's theme using it.
 */
public final class DisplayNames {

  private DisplayNames() {}

  /** Returns {first, last}; both empty strings for a missing name. */
  public static String[] split(String displayName) {
    if (displayName == null || displayName.isBlank()) {
      return new String[] {"", ""};
    }
    String name = displayName.strip().replaceAll("\\s+", " ");
    int space = name.indexOf(' ');
    if (space < 0) {
      return new String[] {name, ""};
    }
    return new String[] {name.substring(0, space), name.substring(space + 1)};
  }
}
