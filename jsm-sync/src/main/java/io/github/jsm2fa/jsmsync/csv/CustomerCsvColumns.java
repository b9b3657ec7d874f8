package io.github.jsm2fa.jsmsync.csv;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the customer columns in a header, loosely: case, spaces, hyphens and underscores are
 * ignored, and common synonyms are accepted ({@code E-mail}, {@code Email address}, {@code display
 * name}, {@code Full name}, {@code Account ID}...). The first matching column wins.
 */
record CustomerCsvColumns(
    int email, int displayName, int firstName, int lastName, int accountId, int organizations) {

  static final String NO_EMAIL_COLUMN =
      "The file has no e-mail column; add a header named 'email' (or 'E-mail', 'Email address').";

  private static final Set<String> EMAIL = Set.of("email", "emailaddress", "mail", "emails");
  private static final Set<String> DISPLAY_NAME =
      Set.of("displayname", "name", "fullname", "customername", "customer");
  private static final Set<String> FIRST_NAME = Set.of("firstname", "givenname", "forename");
  private static final Set<String> LAST_NAME = Set.of("lastname", "surname", "familyname");
  private static final Set<String> ACCOUNT_ID =
      Set.of("accountid", "atlassianaccountid", "jsmaccountid", "key", "userkey", "customerid");
  private static final Set<String> ORGANIZATIONS =
      Set.of("organization", "organizations", "organisation", "organisations", "org", "orgs");

  static CustomerCsvColumns match(List<String> header) {
    int email = find(header, EMAIL);
    if (email < 0) {
      throw new CsvImportException(NO_EMAIL_COLUMN);
    }
    return new CustomerCsvColumns(
        email,
        find(header, DISPLAY_NAME),
        find(header, FIRST_NAME),
        find(header, LAST_NAME),
        find(header, ACCOUNT_ID),
        find(header, ORGANIZATIONS));
  }

  static String normalize(String header) {
    StringBuilder out = new StringBuilder();
    header
        .toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private static int find(List<String> header, Set<String> names) {
    for (int i = 0; i < header.size(); i++) {
      if (names.contains(normalize(header.get(i)))) {
        return i;
      }
    }
    return -1;
  }
}
