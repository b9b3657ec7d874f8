package io.github.jsm2fa.policy;

import static io.github.jsm2fa.policy.TwoFactorMethod.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PolicyDeciderTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
  private static final Set<TwoFactorMethod> ALL_IN_FLOW = EnumSet.allOf(TwoFactorMethod.class);

  private static PolicyDecider decider(Map<String, String> config) {
    return new PolicyDecider(PolicyConfig.parse(config), ALL_IN_FLOW);
  }

  private static PolicyDecider decider(String... keyValues) {
    Map<String, String> config = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      config.put(keyValues[i], keyValues[i + 1]);
    }
    return decider(config);
  }

  private static CustomerState customer(TwoFactorMethod... enrolled) {
    return new CustomerState(false, enrolledSet(enrolled), 0, false, false);
  }

  private static Set<TwoFactorMethod> enrolledSet(TwoFactorMethod... enrolled) {
    EnumSet<TwoFactorMethod> set = EnumSet.noneOf(TwoFactorMethod.class);
    set.addAll(Set.of(enrolled));
    return set;
  }

  @Nested
  class OnAndOff {
    @Test
    void policyOff_passesEveryone() {
      assertThat(decider("enabled", "false").decide(customer(TOTP), TODAY))
          .isEqualTo(PolicyDecision.OFF);
      assertThat(decider("enabled", "false").decide(customer(), TODAY))
          .isEqualTo(PolicyDecision.OFF);
    }

    @Test
    void policyOn_enrolledCustomer_isChallenged() {
      assertThat(decider().decide(customer(TOTP), TODAY)).isEqualTo(PolicyDecision.CHALLENGE);
    }

    @Test
    void policyOn_enforced_newCustomer_mustEnroll() {
      assertThat(decider().decide(customer(), TODAY)).isEqualTo(PolicyDecision.ENROLL);
    }

    @Test
    void policyOn_notEnforced_newCustomer_passes_enrolledCustomer_isChallenged() {
      assertThat(decider("enforced", "false").decide(customer(), TODAY))
          .isEqualTo(PolicyDecision.OPTIONAL);
      assertThat(decider("enforced", "false").decide(customer(WEBAUTHN), TODAY))
          .isEqualTo(PolicyDecision.CHALLENGE);
    }
  }

  @Nested
  class AllowedMethods {
    @Test
    void onlyDisallowedMethodEnrolled_mustEnrollAnAllowedOne() {
      assertThat(decider("allowedMethods", "webauthn").decide(customer(TOTP), TODAY))
          .isEqualTo(PolicyDecision.ENROLL);
    }

    @Test
    void disallowedMethods_areHidden() {
      PolicyDecider decider = decider("allowedMethods", "webauthn##totp");

      assertThat(decider.hidden(customer(TOTP, SECURITY_QUESTIONS)))
          .doesNotContain(TOTP)
          .contains(SECURITY_QUESTIONS, WEBAUTHN, YUBIKEY, RECOVERY_CODES);
    }

    @Test
    void methodWithoutStepInTheFlow_isNotAvailable() {
      PolicyDecider decider =
          new PolicyDecider(PolicyConfig.parse(null), EnumSet.of(TOTP, SECURITY_QUESTIONS));

      assertThat(decider.available()).containsExactlyInAnyOrder(TOTP, SECURITY_QUESTIONS);
      assertThat(decider.decide(customer(YUBIKEY), TODAY)).isEqualTo(PolicyDecision.ENROLL);
    }
  }

  @Nested
  class RecoveryCodes {
    @Test
    void standIn_recoveryCodesOfferedBesideAnotherMethod() {
      assertThat(decider().usable(customer(TOTP, RECOVERY_CODES)))
          .containsExactlyInAnyOrder(TOTP, RECOVERY_CODES);
    }

    @Test
    void noStandIn_recoveryCodesHiddenBesideAnotherMethod() {
      PolicyDecider decider = decider("recoveryCodesStandIn", "false");

      assertThat(decider.usable(customer(TOTP, RECOVERY_CODES))).containsExactly(TOTP);
      assertThat(decider.hidden(customer(TOTP, RECOVERY_CODES))).contains(RECOVERY_CODES);
    }

    @Test
    void noStandIn_recoveryCodesAsTheOnlyMethod_areTheMethod() {
      PolicyDecider decider = decider("recoveryCodesStandIn", "false");

      assertThat(decider.usable(customer(RECOVERY_CODES))).containsExactly(RECOVERY_CODES);
      assertThat(decider.decide(customer(RECOVERY_CODES), TODAY))
          .isEqualTo(PolicyDecision.CHALLENGE);
    }
  }

  @Nested
  class SkipAndBlock {
    @Test
    void skippedCustomer_passes_evenWhenEnrolled() {
      CustomerState skipped = new CustomerState(true, enrolledSet(TOTP), 0, false, false);

      assertThat(decider().decide(skipped, TODAY)).isEqualTo(PolicyDecision.SKIPPED);
    }

    @Test
    void skipLifted_neverEnrolled_isBlockedFromSelfEnrollment() {
      CustomerState blocked = new CustomerState(false, enrolledSet(), 0, true, false);

      assertThat(decider().decide(blocked, TODAY)).isEqualTo(PolicyDecision.ENROLLMENT_BLOCKED);
      assertThat(decider("graceLogins", "5").decide(blocked, TODAY))
          .isEqualTo(PolicyDecision.ENROLLMENT_BLOCKED);
    }

    @Test
    void skipLifted_enrolledMeanwhile_isChallenged() {
      CustomerState enrolled = new CustomerState(false, enrolledSet(TOTP), 0, true, false);

      assertThat(decider().decide(enrolled, TODAY)).isEqualTo(PolicyDecision.CHALLENGE);
    }
  }

  @Nested
  class Grace {
    @Test
    void loginsLeft_countDownToEnrollment() {
      PolicyDecider decider = decider("graceLogins", "2");

      CustomerState first = new CustomerState(false, enrolledSet(), 0, false, false);
      CustomerState second = new CustomerState(false, enrolledSet(), 1, false, false);
      CustomerState third = new CustomerState(false, enrolledSet(), 2, false, false);

      assertThat(decider.decide(first, TODAY)).isEqualTo(PolicyDecision.GRACE);
      assertThat(decider.graceLoginsLeft(first)).isEqualTo(2);
      assertThat(decider.decide(second, TODAY)).isEqualTo(PolicyDecision.GRACE);
      assertThat(decider.graceLoginsLeft(second)).isEqualTo(1);
      assertThat(decider.decide(third, TODAY)).isEqualTo(PolicyDecision.ENROLL);
      assertThat(decider.graceLoginsLeft(third)).isZero();
    }

    @Test
    void date_includesTheLastDay_thenEnds() {
      PolicyDecider decider = decider("graceUntil", "2026-12-04");

      assertThat(decider.decide(customer(), TODAY)).isEqualTo(PolicyDecision.GRACE);
      assertThat(decider.decide(customer(), TODAY.plusDays(1))).isEqualTo(PolicyDecision.ENROLL);
    }

    @Test
    void graceZero_meansEnrollNow() {
      assertThat(decider("graceLogins", "0").decide(customer(), TODAY))
          .isEqualTo(PolicyDecision.ENROLL);
    }
  }

  @Nested
  class RememberedDevice {
    @Test
    void rememberedDevice_ofEnrolledCustomer_passes() {
      CustomerState remembered = new CustomerState(false, enrolledSet(TOTP), 0, false, true);

      assertThat(decider().decide(remembered, TODAY)).isEqualTo(PolicyDecision.REMEMBERED);
    }

    @Test
    void rememberedDevice_neverReplacesEnrollment() {
      CustomerState remembered = new CustomerState(false, enrolledSet(), 0, false, true);

      assertThat(decider().decide(remembered, TODAY)).isEqualTo(PolicyDecision.ENROLL);
    }
  }
}
