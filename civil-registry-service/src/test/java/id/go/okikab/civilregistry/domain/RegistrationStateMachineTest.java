package id.go.okikab.civilregistry.domain;

import static id.go.okikab.civilregistry.domain.RegistrationStatus.APPROVED;
import static id.go.okikab.civilregistry.domain.RegistrationStatus.DRAFT;
import static id.go.okikab.civilregistry.domain.RegistrationStatus.NEEDS_FIX;
import static id.go.okikab.civilregistry.domain.RegistrationStatus.REGISTERED;
import static id.go.okikab.civilregistry.domain.RegistrationStatus.REJECTED;
import static id.go.okikab.civilregistry.domain.RegistrationStatus.SUBMITTED;
import static id.go.okikab.civilregistry.domain.RegistrationStatus.VERIFYING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** domain.md 1.4 as issue #3 narrows it; every pair of states is checked. */
class RegistrationStateMachineTest {

  static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");

  @Test
  void theAllowedTransitions() {
    assertThat(DRAFT.next()).containsExactlyInAnyOrder(SUBMITTED, REJECTED);
    assertThat(SUBMITTED.next()).containsExactlyInAnyOrder(VERIFYING, REJECTED);
    assertThat(VERIFYING.next()).containsExactlyInAnyOrder(NEEDS_FIX, APPROVED, REJECTED);
    assertThat(NEEDS_FIX.next()).containsExactlyInAnyOrder(SUBMITTED, REJECTED);
    assertThat(APPROVED.next()).containsExactly(REGISTERED);
    assertThat(REGISTERED.next()).isEmpty();
    assertThat(REJECTED.next()).isEmpty();
    assertThat(EnumSet.allOf(RegistrationStatus.class).stream().filter(RegistrationStatus::isOpen))
        .containsExactlyInAnyOrder(DRAFT, SUBMITTED, VERIFYING, NEEDS_FIX, APPROVED);
  }

  static BirthRegistration in(RegistrationStatus status) {
    BirthRegistration registration = new BirthRegistration();
    registration.id = UUID.randomUUID();
    registration.status = status;
    return registration;
  }

  @Test
  void theHappyPathAndTheFixLoop() {
    BirthRegistration registration = in(SUBMITTED);
    assertThat(registration.startVerification(NOW))
        .isEqualTo(new Registration.Transition(SUBMITTED, VERIFYING, null));
    assertThat(registration.requestFix("akta nikah", NOW).to()).isEqualTo(NEEDS_FIX);
    assertThat(registration.officerNote).isEqualTo("akta nikah");
    registration.submit(NOW);
    registration.startVerification(NOW);
    registration.approve(NOW);
    UUID certificate = UUID.randomUUID();
    assertThat(registration.complete(certificate, NOW).to()).isEqualTo(REGISTERED);
    assertThat(registration.certificateId).isEqualTo(certificate);
    assertThat(registration.updatedAt).isEqualTo(NOW);
  }

  @ParameterizedTest
  @EnumSource(RegistrationStatus.class)
  void everyOtherStepIsAConflict(RegistrationStatus from) {
    check(from, SUBMITTED, r -> r.submit(NOW));
    check(from, VERIFYING, r -> r.startVerification(NOW));
    check(from, NEEDS_FIX, r -> r.requestFix("x", NOW));
    check(from, APPROVED, r -> r.approve(NOW));
    check(from, REGISTERED, r -> r.complete(UUID.randomUUID(), NOW));
    check(from, REJECTED, r -> r.reject("x", NOW));
  }

  private static void check(
      RegistrationStatus from, RegistrationStatus to, Consumer<Registration> step) {
    BirthRegistration registration = in(from);
    if (from.canMoveTo(to)) {
      step.accept(registration);
      assertThat(registration.status).isEqualTo(to);
    } else {
      assertThatThrownBy(() -> step.accept(registration))
          .isInstanceOf(RegistrationStateConflict.class)
          .satisfies(
              e -> {
                RegistrationStateConflict conflict = (RegistrationStateConflict) e;
                assertThat(conflict.status()).isEqualTo(409);
                assertThat(conflict.typeSlug()).isEqualTo("registration-state-conflict");
                assertThat(conflict.errors().get(0).field()).isEqualTo("status");
              });
      assertThat(registration.status).isEqualTo(from);
    }
  }
}
