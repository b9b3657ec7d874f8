package io.github.jsm2fa.jsmsync.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserProvider;
import org.keycloak.models.UserSessionModel;
import org.keycloak.models.UserSessionProvider;

class CustomerImporterTest {
  private final KeycloakSession session = mock(KeycloakSession.class);
  private final RealmModel realm = mock(RealmModel.class);
  private final UserProvider users = mock(UserProvider.class);
  private final UserSessionProvider sessions = mock(UserSessionProvider.class);
  private final UserModel ada = mock(UserModel.class);
  private CustomerImporter importer;

  @BeforeEach
  void wire() {
    when(session.users()).thenReturn(users);
    when(session.sessions()).thenReturn(sessions);
    when(users.searchForUserByUserAttributeStream(any(), anyString(), anyString()))
        .thenAnswer(call -> Stream.empty());
    when(ada.getUsername()).thenReturn("ada@example.com");
    when(ada.getEmail()).thenReturn("ada@example.com");
    when(ada.getFirstName()).thenReturn("Ada");
    when(ada.getLastName()).thenReturn("Lovelace");
    when(ada.isEnabled()).thenReturn(true);
    when(ada.getFirstAttribute(CustomerAttributes.CUSTOMER_ID)).thenReturn("acc-1");
    when(ada.getFirstAttribute(CustomerAttributes.SOURCE)).thenReturn("component-1");
    importer = new CustomerImporter(session, realm, MembershipMapper.NONE, "component-1");
  }

  private void adaFoundById() {
    when(users.searchForUserByUserAttributeStream(realm, CustomerAttributes.CUSTOMER_ID, "acc-1"))
        .thenAnswer(call -> Stream.of(ada));
  }

  @Test
  void sameDataWithEmailInOtherCase_unchangedAndNothingWritten() {
    adaFoundById();

    ImportResult result =
        importer.apply(
            new CustomerRecord("acc-1", "ADA@Example.com", "Ada", "Lovelace", true, null));

    assertThat(result.outcome()).isEqualTo(ImportOutcome.UNCHANGED);
    verify(ada, never()).setEmail(any());
    verify(ada, never()).setFirstName(any());
    verify(ada, never()).setSingleAttribute(any(), any());
    verify(ada, never()).setEnabled(false);
  }

  @Test
  void matchedByEmailWithoutId_adoptedAndUpdated() {
    when(users.getUserByEmail(realm, "ada@example.com")).thenReturn(ada);
    when(ada.getFirstAttribute(CustomerAttributes.CUSTOMER_ID)).thenReturn(null);
    when(ada.getFirstAttribute(CustomerAttributes.SOURCE)).thenReturn(null);

    ImportResult result =
        importer.apply(
            new CustomerRecord("acc-9", "Ada@example.com", "Ada", "Lovelace", true, null));

    assertThat(result.outcome()).isEqualTo(ImportOutcome.UPDATED);
    verify(ada).setSingleAttribute(CustomerAttributes.CUSTOMER_ID, "acc-9");
    verify(ada).setSingleAttribute(CustomerAttributes.SOURCE, "component-1");
  }

  @Test
  void emailOfAnotherJsmCustomer_failsWithoutWriting() {
    when(users.getUserByEmail(realm, "ada@example.com")).thenReturn(ada);

    ImportResult result =
        importer.apply(new CustomerRecord("acc-2", "ada@example.com", "Eve", "X", true, null));

    assertThat(result.outcome()).isEqualTo(ImportOutcome.FAILED);
    assertThat(result.reason()).contains("acc-1");
    verify(ada, never()).setFirstName(any());
  }

  @Test
  void inactiveAndUnknown_skippedNotCreated() {
    ImportResult result =
        importer.apply(new CustomerRecord("acc-3", "new@example.com", "N", "E", false, null));

    assertThat(result.outcome()).isEqualTo(ImportOutcome.SKIPPED);
    verify(users, never()).addUser(any(), anyString());
  }

  @Test
  void deactivated_disabledAndSessionsEnded() {
    adaFoundById();
    UserSessionModel online = mock(UserSessionModel.class);
    UserSessionModel offline = mock(UserSessionModel.class);
    when(sessions.getUserSessionsStream(realm, ada)).thenReturn(Stream.of(online));
    when(sessions.getOfflineUserSessionsStream(realm, ada)).thenReturn(Stream.of(offline));

    ImportResult result =
        importer.apply(
            new CustomerRecord("acc-1", "ada@example.com", "Ada", "Lovelace", false, null));

    assertThat(result.outcome()).isEqualTo(ImportOutcome.DISABLED);
    verify(ada).setEnabled(false);
    verify(sessions).removeUserSession(realm, online);
    verify(sessions).removeOfflineUserSession(realm, offline);
  }

  @Test
  void newEmail_usernameFollowsWhenItWasTheOldEmail() {
    adaFoundById();

    ImportResult result =
        importer.apply(
            new CustomerRecord("acc-1", "ada@new.example", "Ada", "Lovelace", true, null));

    assertThat(result.outcome()).isEqualTo(ImportOutcome.UPDATED);
    verify(ada).setUsername("ada@new.example");
    verify(ada).setEmail("ada@new.example");
  }

  @Test
  void csvImport_doesNotTakeOverACustomerTheSyncOwns() {
    adaFoundById();
    CustomerImporter csv =
        new CustomerImporter(session, realm, MembershipMapper.NONE, CustomerAttributes.CSV_SOURCE);

    ImportResult result =
        csv.apply(new CustomerRecord("acc-1", "ada@example.com", null, null, null, null));

    assertThat(result.outcome()).isEqualTo(ImportOutcome.UNCHANGED);
    verify(ada, never()).setSingleAttribute(any(), any());
  }
}
