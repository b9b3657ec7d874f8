package io.github.jsm2fa.jsmsync.importer;

import java.util.Locale;
import java.util.Objects;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserProvider;
import org.keycloak.models.UserSessionModel;

/**
 * Applies one {@link CustomerRecord} to the realm inside the caller's transaction. A customer is
 * found by its JSM id attribute first, then by e-mail ignoring case; nothing is written when the
 * realm already agrees with the record.
 */
public final class CustomerImporter {
  private final KeycloakSession session;
  private final RealmModel realm;
  private final MembershipMapper memberships;
  private final String source;

  /**
   * @param source the {@link CustomerAttributes#SOURCE} value for customers this import creates
   */
  public CustomerImporter(
      KeycloakSession session, RealmModel realm, MembershipMapper memberships, String source) {
    this.session = session;
    this.realm = realm;
    this.memberships = memberships;
    this.source = source;
  }

  public ImportResult apply(CustomerRecord record) {
    UserProvider users = session.users();
    String email = record.email() == null ? null : record.email().toLowerCase(Locale.ROOT);
    UserModel user = null;
    if (record.customerId() != null) {
      user =
          users
              .searchForUserByUserAttributeStream(
                  realm, CustomerAttributes.CUSTOMER_ID, record.customerId())
              .findFirst()
              .orElse(null);
    }
    if (user == null && email != null) {
      user = users.getUserByEmail(realm, email);
      String knownId = user == null ? null : user.getFirstAttribute(CustomerAttributes.CUSTOMER_ID);
      if (knownId != null && record.customerId() != null && !knownId.equals(record.customerId())) {
        return ImportResult.failed("e-mail already used by JSM customer " + knownId);
      }
    }

    if (user == null) {
      return create(users, record, email);
    }
    return update(user, record, email);
  }

  private ImportResult create(UserProvider users, CustomerRecord record, String email) {
    if (Boolean.FALSE.equals(record.enabled())) {
      return ImportResult.skipped("inactive in JSM and not in the realm");
    }
    String username = email != null ? email : "jsm-" + record.customerId().toLowerCase(Locale.ROOT);
    if (users.getUserByUsername(realm, username) != null) {
      return ImportResult.failed("username " + username + " is taken by another user");
    }

    // LIMITATION: customers get no federation link, so "Unlink users" and "Remove imported users"
    // do nothing and deleting the component keeps them. A fix needs the link set here and a
    // policy for customers matched by e-mail that another source created.
    UserModel user = users.addUser(realm, username);
    user.setEnabled(true);
    if (email != null) {
      user.setEmail(email);
    }
    // LIMITATION: names are written through the user model, not the realm's user profile, so its
    // name validators (which refuse characters such as < or parentheses) do not run: a name is kept
    // as JSM or the CSV has it. Pages and SAML escape it. A fix needs a validation of each row
    // against the user profile, and a rule for JSM names the profile would refuse.
    if (record.firstName() != null && !record.firstName().isEmpty()) {
      user.setFirstName(record.firstName());
    }
    if (record.lastName() != null && !record.lastName().isEmpty()) {
      user.setLastName(record.lastName());
    }
    if (record.customerId() != null) {
      user.setSingleAttribute(CustomerAttributes.CUSTOMER_ID, record.customerId());
    }
    user.setSingleAttribute(CustomerAttributes.SOURCE, source);
    if (record.organizations() != null) {
      memberships.sync(user, record.organizations());
    }
    return ImportResult.of(ImportOutcome.CREATED);
  }

  private ImportResult update(UserModel user, CustomerRecord record, String email) {
    boolean changed = false;

    // Keycloak stores e-mails in lower case, so a case-only difference compares equal here.
    if (email != null && !email.equalsIgnoreCase(user.getEmail())) {
      changed |= renameUsernameWithEmail(user, email);
      user.setEmail(email);
      changed = true;
    }
    if (record.firstName() != null && !same(record.firstName(), user.getFirstName())) {
      user.setFirstName(record.firstName());
      changed = true;
    }
    if (record.lastName() != null && !same(record.lastName(), user.getLastName())) {
      user.setLastName(record.lastName());
      changed = true;
    }
    String knownId = user.getFirstAttribute(CustomerAttributes.CUSTOMER_ID);
    if (record.customerId() != null && !record.customerId().equals(knownId)) {
      user.setSingleAttribute(CustomerAttributes.CUSTOMER_ID, record.customerId());
      changed = true;
    }
    if (claimSource(user)) {
      changed = true;
    }
    if (record.organizations() != null) {
      changed |= memberships.sync(user, record.organizations());
    }

    if (record.enabled() != null && record.enabled() != user.isEnabled()) {
      user.setEnabled(record.enabled());
      if (!record.enabled()) {
        endSessions(user);
        return ImportResult.of(ImportOutcome.DISABLED);
      }
      changed = true;
    }
    return ImportResult.of(changed ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED);
  }

  /** Disables a customer the source no longer lists and ends its sessions. */
  public ImportResult disable(UserModel user) {
    if (!user.isEnabled()) {
      return ImportResult.of(ImportOutcome.UNCHANGED);
    }
    user.setEnabled(false);
    endSessions(user);
    return ImportResult.of(ImportOutcome.DISABLED);
  }

  // The JSM sync owns a customer it lists; a CSV import only marks customers nobody owns yet.
  // LIMITATION: with two sync components listing one customer, the last to run owns it and only
  // that one disables it when it disappears. A fix needs a set of owners per customer.
  private boolean claimSource(UserModel user) {
    String current = user.getFirstAttribute(CustomerAttributes.SOURCE);
    if (Objects.equals(current, source)) {
      return false;
    }
    if (current != null && CustomerAttributes.CSV_SOURCE.equals(source)) {
      return false;
    }
    user.setSingleAttribute(CustomerAttributes.SOURCE, source);
    return true;
  }

  // A username that was the old e-mail follows the e-mail, unless another user holds the new one.
  private boolean renameUsernameWithEmail(UserModel user, String email) {
    if (realm.isRegistrationEmailAsUsername()
        || user.getEmail() == null
        || !user.getEmail().equalsIgnoreCase(user.getUsername())
        || session.users().getUserByUsername(realm, email) != null) {
      return false;
    }
    user.setUsername(email);
    return true;
  }

  private void endSessions(UserModel user) {
    session
        .sessions()
        .getUserSessionsStream(realm, user)
        .toList()
        .forEach(userSession -> session.sessions().removeUserSession(realm, userSession));
    session
        .sessions()
        .getOfflineUserSessionsStream(realm, user)
        .toList()
        .forEach(
            (UserSessionModel offline) ->
                session.sessions().removeOfflineUserSession(realm, offline));
  }

  private static boolean same(String wanted, String current) {
    return Objects.equals(wanted, current == null ? "" : current)
        || (wanted.isEmpty() && current == null);
  }
}
