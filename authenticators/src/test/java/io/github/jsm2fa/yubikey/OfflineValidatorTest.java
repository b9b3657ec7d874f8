package io.github.jsm2fa.yubikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mockito.ArgumentCaptor;

class OfflineValidatorTest {

  private final YubikeyCounterStore store = mock(YubikeyCounterStore.class);
  private final RealmModel realm = mock(RealmModel.class);
  private final UserModel user = mock(UserModel.class);
  private final OfflineValidator validator = new OfflineValidator(store);

  private static YubikeyCredentialModel credential(String aesKey, String privateId) {
    YubikeyCredentialModel model =
        YubikeyCredentialModel.create(
            "key",
            YubikeyCredentialData.offline(TestOtps.PUBLIC_ID),
            new YubikeySecretData(aesKey, privateId));
    model.setId("cred-1");
    return YubikeyCredentialModel.from(model);
  }

  private void stored(int counter, int use, int version) {
    YubikeyCredentialData data =
        YubikeyCredentialData.offline(TestOtps.PUBLIC_ID).withCounters(new Counters(counter, use));
    when(store.read("cred-1"))
        .thenReturn(Optional.of(new YubikeyCounterStore.Snapshot(data, version)));
  }

  private static YubikeyOtp otp(int counter, int use) {
    return new YubikeyOtp(TestOtps.otp(counter, use), YubikeyOtpParser.AS_TYPED);
  }

  @ParameterizedTest(name = "stored {0}/{1}, presented {2}/{3}: {4}")
  @CsvSource({
    "-1, -1, 1, 0, ACCEPTED",
    "4, 200, 5, 0, ACCEPTED",
    "5, 2, 5, 3, ACCEPTED",
    "5, 2, 5, 2, REPLAYED",
    "5, 2, 5, 1, CLONE_SUSPECTED",
    "5, 2, 4, 9, CLONE_SUSPECTED",
  })
  void countersAgainstStored(
      int storedCounter, int storedUse, int counter, int use, YubikeyOutcome expected) {
    stored(storedCounter, storedUse, 7);
    when(store.compareAndSet(any(), any(), eq("cred-1"), eq(7), any())).thenReturn(true);

    YubikeyOutcome outcome =
        validator.validate(
            realm, user, credential(TestOtps.AES_KEY, TestOtps.PRIVATE_ID), otp(counter, use));

    assertThat(outcome).isEqualTo(expected);
  }

  @Test
  void accepted_storesThePresentedCounters() {
    stored(2, 9, 3);
    when(store.compareAndSet(any(), any(), any(), anyInt(), any())).thenReturn(true);

    validator.validate(realm, user, credential(TestOtps.AES_KEY, TestOtps.PRIVATE_ID), otp(3, 1));

    ArgumentCaptor<YubikeyCredentialData> written =
        ArgumentCaptor.forClass(YubikeyCredentialData.class);
    verify(store).compareAndSet(any(), any(), eq("cred-1"), eq(3), written.capture());
    assertThat(written.getValue().counters()).isEqualTo(new Counters(3, 1));
    assertThat(written.getValue().cloneWarning()).isNull();
  }

  @Test
  void lostCompareAndSet_judgesAgainstTheWinnersCounters() {
    YubikeyCredentialData before =
        YubikeyCredentialData.offline(TestOtps.PUBLIC_ID).withCounters(new Counters(1, 0));
    YubikeyCredentialData after = before.withCounters(new Counters(1, 1));
    when(store.read("cred-1"))
        .thenReturn(Optional.of(new YubikeyCounterStore.Snapshot(before, 1)))
        .thenReturn(Optional.of(new YubikeyCounterStore.Snapshot(after, 2)));
    when(store.compareAndSet(any(), any(), any(), eq(1), any())).thenReturn(false);

    YubikeyOutcome outcome =
        validator.validate(
            realm, user, credential(TestOtps.AES_KEY, TestOtps.PRIVATE_ID), otp(1, 1));

    assertThat(outcome).isEqualTo(YubikeyOutcome.REPLAYED);
  }

  @Test
  void cloneSuspicion_isWrittenToTheCredentialData() {
    stored(5, 2, 4);

    validator.validate(realm, user, credential(TestOtps.AES_KEY, TestOtps.PRIVATE_ID), otp(5, 1));

    ArgumentCaptor<YubikeyCredentialData> written =
        ArgumentCaptor.forClass(YubikeyCredentialData.class);
    verify(store).compareAndSet(any(), any(), eq("cred-1"), eq(4), written.capture());
    assertThat(written.getValue().cloneWarning()).contains("5/1", "5/2", "cloned");
    assertThat(written.getValue().counters()).isEqualTo(new Counters(5, 2));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "wrong AES key, ffeeddccbbaa99887766554433221100, a1b2c3d4e5f6",
    "wrong private id, 000102030405060708090a0b0c0d0e0f, 010203040506",
  })
  void tokenThatDoesNotMatchTheKey_isRejected_withoutTouchingCounters(
      String name, String aesKey, String privateId) {
    stored(-1, -1, 1);

    YubikeyOutcome outcome =
        validator.validate(realm, user, credential(aesKey, privateId), otp(1, 0));

    assertThat(outcome).isEqualTo(YubikeyOutcome.REJECTED);
    verify(store, never()).compareAndSet(any(), any(), any(), anyInt(), any());
  }
}
