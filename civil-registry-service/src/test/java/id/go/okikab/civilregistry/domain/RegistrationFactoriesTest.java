package id.go.okikab.civilregistry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.okikab.civilregistry.domain.Registration.Declarant;
import id.go.okikab.civilregistry.domain.Registration.Opened;
import id.go.okikab.civilregistry.domain.Registration.Transition;
import id.go.okikab.platform.domain.FamilyRelationship;
import id.go.okikab.platform.domain.MaritalStatus;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The registrations' factories and kind-specific transitions: what a declaration, a health report
 * and registering set, and the transition each one returns.
 */
class RegistrationFactoriesTest {

  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  // 2026-11-27 01:00 WIB is still 2026-11-26 in UTC
  static final Instant NOW = Instant.parse("2026-11-26T18:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  static Resident resident(Sex sex, LocalDate born) {
    Resident resident = new Resident();
    resident.id = UUID.randomUUID();
    resident.subjectRef = "ref-" + resident.id;
    resident.fullName = sex == Sex.FEMALE ? "Siti Aminah" : "Budi Santoso";
    resident.sex = sex;
    resident.birthDate = born;
    resident.maritalStatus = MaritalStatus.KAWIN;
    resident.status = ResidentStatus.ALIVE;
    return resident;
  }

  static Family family(Resident head) {
    Family family = Family.found(new Address("1602052011", "1", "2", null), NOW);
    family.join(head, FamilyRelationship.HEAD, "baru", NOW, "members[0]");
    return family;
  }

  static BirthRegistration.Declaration birth(
      Family family,
      LocalDate born,
      FamilyRelationship relationship,
      BirthRegistration.Parent mother) {
    return new BirthRegistration.Declaration(
        family,
        "Putri Aminah",
        Sex.FEMALE,
        born,
        LocalTime.of(8, 15),
        "Kayuagung",
        "1602052011",
        relationship,
        mother,
        null);
  }

  @Test
  void aBirthDeclarationIsSubmittedWithItsOpeningTransitionAndLateAfterSixtyDays() {
    Resident mother = resident(Sex.FEMALE, LocalDate.of(1990, 1, 1));
    Family family = family(mother);
    Opened<BirthRegistration> onTime =
        BirthRegistration.declare(
            birth(family, TODAY.minusDays(60), FamilyRelationship.CHILD, parent(mother)),
            Declarant.citizen("declarant-ref"),
            NOW,
            WIB,
            60);
    BirthRegistration registration = onTime.registration();
    assertThat(onTime.transition())
        .isEqualTo(new Transition(null, RegistrationStatus.SUBMITTED, null));
    assertThat(registration.id).isNotNull();
    assertThat(registration.kind()).isEqualTo(RegistrationTransition.Kind.BIRTH);
    assertThat(registration.channel).isEqualTo(RegistrationChannel.CITIZEN);
    assertThat(registration.declarantRef).isEqualTo("declarant-ref");
    assertThat(registration.familyId).isEqualTo(family.id);
    assertThat(registration.motherRef).isEqualTo(mother.subjectRef);
    assertThat(registration.childNameKey).isEqualTo("PUTRI AMINAH");
    assertThat(registration.eventDate()).isEqualTo(TODAY.minusDays(60));
    assertThat(registration.late).isFalse(); // day 60 in WIB, though still day 59 in UTC
    BirthRegistration late =
        BirthRegistration.declare(
                birth(family, TODAY.minusDays(61), FamilyRelationship.CHILD, parent(mother)),
                Declarant.officer(),
                NOW,
                WIB,
                60)
            .registration();
    assertThat(late.late).isTrue();
    assertThat(late.channel).isEqualTo(RegistrationChannel.OFFICER);
    assertThat(late.declarantRef).isNull();
  }

  @Test
  void aBirthDeclarationNamesTheMotherAndTheChildIsNotHeadOrSpouse() {
    Resident mother = resident(Sex.FEMALE, LocalDate.of(1990, 1, 1));
    Family family = family(mother);
    assertThatThrownBy(
            () ->
                BirthRegistration.declare(
                    birth(family, TODAY, FamilyRelationship.WIFE, parent(mother)),
                    Declarant.officer(),
                    NOW,
                    WIB,
                    60))
        .extracting(e -> ((DomainRuleViolation) e).rule())
        .isEqualTo("child-relationship-invalid");
    assertThatThrownBy(
            () ->
                BirthRegistration.declare(
                    birth(family, TODAY, FamilyRelationship.CHILD, null),
                    Declarant.officer(),
                    NOW,
                    WIB,
                    60))
        .extracting(e -> ((DomainRuleViolation) e).rule())
        .isEqualTo("mother-required");
    Resident man = resident(Sex.MALE, LocalDate.of(1990, 1, 1));
    assertThatThrownBy(
            () ->
                BirthRegistration.declare(
                    birth(family, TODAY, FamilyRelationship.CHILD, parent(man)),
                    Declarant.officer(),
                    NOW,
                    WIB,
                    60))
        .extracting(e -> ((DomainRuleViolation) e).rule())
        .isEqualTo("mother-sex-mismatch");
  }

  @Test
  void aHealthReportOpensADraftThatACitizenCompletesAsDeclarant() {
    Resident mother = resident(Sex.FEMALE, LocalDate.of(1990, 1, 1));
    UUID familyId = UUID.randomUUID();
    ZonedDateTime bornAt = ZonedDateTime.of(2026, 11, 20, 23, 40, 12, 500, WIB);
    Opened<BirthRegistration> opened =
        BirthRegistration.fromHealth(
            new BirthRegistration.HealthReport(
                "pregnancy-1",
                "child-1",
                mother.subjectRef,
                Sex.MALE,
                bornAt,
                "1602051001",
                "Jua-jua",
                mother,
                familyId,
                NOW),
            NOW,
            WIB,
            60);
    BirthRegistration draft = opened.registration();
    assertThat(opened.transition()).isEqualTo(new Transition(null, RegistrationStatus.DRAFT, null));
    assertThat(draft.channel).isEqualTo(RegistrationChannel.HEALTH);
    assertThat(draft.birthTime).isEqualTo(LocalTime.of(23, 40, 12));
    assertThat(draft.motherResidentId).isEqualTo(mother.id);
    assertThat(draft.familyId).isEqualTo(familyId);
    assertThat(draft.childName).isNull();
    draft.completedBy("mother-ref");
    draft.completedBy("someone-else");
    assertThat(draft.declarantRef).isEqualTo("mother-ref");
  }

  @Test
  void registeringABirthNeedsApprovalAndRecordsTheChildAndTheDocument() {
    Resident mother = resident(Sex.FEMALE, LocalDate.of(1990, 1, 1));
    BirthRegistration registration =
        BirthRegistration.declare(
                birth(family(mother), TODAY, FamilyRelationship.CHILD, parent(mother)),
                Declarant.officer(),
                NOW,
                WIB,
                60)
            .registration();
    Resident child = resident(Sex.FEMALE, TODAY);
    Certificate akta =
        Certificate.issue(
            CertificateType.BIRTH,
            "1602-LT-27112026-0001",
            "CODE",
            child,
            registration.id,
            TODAY,
            NOW);
    assertThatThrownBy(() -> registration.register(child, akta, NOW))
        .isInstanceOf(RegistrationStateConflict.class);
    registration.suspectDuplicates(List.of(UUID.randomUUID().toString()));
    registration.startVerification(NOW);
    assertThatThrownBy(() -> registration.requireDuplicateReviewed(false))
        .extracting(e -> ((DomainRuleViolation) e).rule())
        .isEqualTo("possible-duplicate-person");
    registration.requireDuplicateReviewed(true);
    registration.approve(NOW);
    assertThat(registration.register(child, akta, NOW))
        .isEqualTo(
            new Transition(RegistrationStatus.APPROVED, RegistrationStatus.REGISTERED, null));
    assertThat(registration.childResidentId).isEqualTo(child.id);
    assertThat(registration.certificateId).isEqualTo(akta.id);
    assertThat(akta.nameOnDocument).isEqualTo(child.fullName);
    assertThat(akta.status).isEqualTo(Certificate.Status.VALID);
  }

  @Test
  void aDeathDeclarationChecksTheDatesTheNewHeadAndTheSamePerson() {
    Resident head = resident(Sex.MALE, LocalDate.of(1960, 1, 1));
    Family family = family(head);
    Resident wife = resident(Sex.FEMALE, LocalDate.of(1965, 1, 1));
    family.join(wife, FamilyRelationship.WIFE, "baru", NOW, "f");
    DeathRegistration.Declaration declared =
        new DeathRegistration.Declaration(
            TODAY.minusDays(31),
            "RSUD Kayuagung",
            DeathRegistration.StatementIssuer.DOCTOR,
            null,
            wife.id);
    Opened<DeathRegistration> opened =
        DeathRegistration.declare(head, family, declared, Declarant.officer(), NOW, WIB, 30);
    DeathRegistration registration = opened.registration();
    assertThat(opened.transition().to()).isEqualTo(RegistrationStatus.SUBMITTED);
    assertThat(registration.kind()).isEqualTo(RegistrationTransition.Kind.DEATH);
    assertThat(registration.residentId).isEqualTo(head.id);
    assertThat(registration.familyId).isEqualTo(family.id);
    assertThat(registration.newHeadResidentId).isEqualTo(wife.id);
    assertThat(registration.late).isTrue();
    assertThatThrownBy(() -> registration.requireConcerns(wife.id))
        .extracting(e -> ((DomainRuleViolation) e).rule())
        .isEqualTo("resident-cannot-change");
    assertThatThrownBy(
            () ->
                DeathRegistration.declare(
                    wife,
                    family,
                    new DeathRegistration.Declaration(
                        TODAY, "Rumah", DeathRegistration.StatementIssuer.DESA, null, head.id),
                    Declarant.officer(),
                    NOW,
                    WIB,
                    30))
        .extracting(e -> ((DomainRuleViolation) e).rule())
        .isEqualTo("head-not-leaving");
    assertThatThrownBy(
            () ->
                DeathRegistration.declare(
                    head,
                    family,
                    new DeathRegistration.Declaration(
                        LocalDate.of(1959, 1, 1),
                        "Rumah",
                        DeathRegistration.StatementIssuer.DESA,
                        null,
                        null),
                    Declarant.officer(),
                    NOW,
                    WIB,
                    30))
        .extracting(e -> ((DomainRuleViolation) e).rule())
        .isEqualTo("death-before-birth");
  }

  static BirthRegistration.Parent parent(Resident resident) {
    return new BirthRegistration.Parent(resident, null);
  }
}
