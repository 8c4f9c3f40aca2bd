package id.go.okikab.civilregistry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.okikab.contracts.civilregistry.FamilyCardIssued;
import id.go.okikab.platform.domain.FamilyRelationship;
import id.go.okikab.platform.domain.MaritalStatus;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The family card aggregate in memory: one head, memberships and cards with history. */
class FamilyTest {

  static final Instant T0 = Instant.parse("2026-01-01T01:00:00Z");
  static final Instant T1 = Instant.parse("2026-02-01T01:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  final Map<UUID, Resident> residents = new HashMap<>();

  Resident person(LocalDate born, MaritalStatus status) {
    Resident resident = new Resident();
    resident.id = UUID.randomUUID();
    resident.birthDate = born;
    resident.maritalStatus = status;
    resident.sex = Sex.FEMALE;
    resident.status = ResidentStatus.ALIVE;
    residents.put(resident.id, resident);
    return resident;
  }

  Family family() {
    return Family.found(new Address("1602052011", "1", "2", null), T0);
  }

  @Test
  void exactlyOneHeadBeforeACardIsIssued() {
    Family family = family();
    Resident head = person(LocalDate.of(1980, 1, 1), MaritalStatus.KAWIN);
    Resident wife = person(LocalDate.of(1982, 1, 1), MaritalStatus.KAWIN);
    family.join(wife, FamilyRelationship.WIFE, "baru", T0, "members[1]");
    assertThatThrownBy(() -> family.issueCard("1602050101260001", FamilyCardIssued.Reason.NEW, T0))
        .extracting(e -> ((DomainRuleViolation) e).rule())
        .isEqualTo("family-head-required");
    family.join(head, FamilyRelationship.HEAD, "baru", T0, "members[0]");
    assertThatThrownBy(
            () ->
                family.join(
                    person(LocalDate.of(1990, 1, 1), MaritalStatus.KAWIN),
                    FamilyRelationship.HEAD,
                    "x",
                    T0,
                    "f"))
        .extracting(e -> ((DomainRuleViolation) e).rule())
        .isEqualTo("family-single-head");
    assertThatThrownBy(() -> family.join(wife, FamilyRelationship.CHILD, "x", T0, "f"))
        .extracting(e -> ((DomainRuleViolation) e).rule())
        .isEqualTo("already-a-member");
    FamilyCard card = family.issueCard("1602050101260001", FamilyCardIssued.Reason.NEW, T0);
    assertThat(card.headResidentId).isEqualTo(head.id);
    assertThat(family.currentCard()).contains(card);
  }

  @Test
  void aNewCardNeedsTheOldOneEndedAndKeepsTheHistory() {
    Family family = family();
    Resident head = person(LocalDate.of(1980, 1, 1), MaritalStatus.KAWIN);
    family.join(head, FamilyRelationship.HEAD, "baru", T0, "f");
    FamilyCard first = family.issueCard("1602050101260001", FamilyCardIssued.Reason.NEW, T0);
    assertThatThrownBy(
            () -> family.issueCard("1602050102260001", FamilyCardIssued.Reason.MOVED, T1))
        .isInstanceOf(IllegalStateException.class);
    family.endCard(T1);
    FamilyCard second = family.issueCard("1602050102260001", FamilyCardIssued.Reason.MOVED, T1);
    assertThat(first.validTo).isEqualTo(T1);
    assertThat(second.previousCardId).isEqualTo(first.id);
    assertThat(second.validTo).isNull();
    assertThat(family.cards).containsExactly(first, second);
  }

  @Test
  void aLeavingHeadLeavesNoHeadUntilOneIsAppointed() {
    Family family = family();
    Resident head = person(LocalDate.of(1970, 1, 1), MaritalStatus.KAWIN);
    Resident son = person(LocalDate.of(1995, 1, 1), MaritalStatus.BELUM_KAWIN);
    family.join(head, FamilyRelationship.HEAD, "baru", T0, "f");
    family.join(son, FamilyRelationship.CHILD, "baru", T0, "f");
    FamilyMember left = family.leave(head.id, "meninggal", T1, "residentId");
    assertThat(left.leftAt).isEqualTo(T1);
    assertThat(left.leaveReason).isEqualTo("meninggal");
    assertThat(family.head()).isEmpty();
    family.appointHead(son.id, T1, "newHeadResidentId");
    assertThat(family.head().map(m -> m.residentId)).contains(son.id);
    assertThatThrownBy(() -> family.leave(head.id, "again", T1, "residentId"))
        .extracting(e -> ((DomainRuleViolation) e).rule())
        .isEqualTo("not-a-member");
    assertThat(family.members).hasSize(2); // the history keeps the head who left
  }

  @Test
  void theSuccessorIsTheSpouseElseTheOldestAdult() {
    Family family = family();
    Resident head = person(LocalDate.of(1960, 1, 1), MaritalStatus.KAWIN);
    Resident daughter = person(LocalDate.of(1990, 1, 1), MaritalStatus.BELUM_KAWIN);
    Resident teen = person(TODAY.minusYears(16), MaritalStatus.BELUM_KAWIN);
    Resident grandma = person(LocalDate.of(1935, 1, 1), MaritalStatus.CERAI_MATI);
    family.join(head, FamilyRelationship.HEAD, "x", T0, "f");
    family.join(teen, FamilyRelationship.CHILD, "x", T0, "f");
    family.join(daughter, FamilyRelationship.CHILD, "x", T0, "f");
    family.join(grandma, FamilyRelationship.PARENT, "x", T0, "f");
    family.leave(head.id, "x", T1, "f");
    assertThat(family.successor(residents::get, TODAY)).contains(grandma.id);
    Resident wife = person(LocalDate.of(1965, 1, 1), MaritalStatus.KAWIN);
    family.join(wife, FamilyRelationship.WIFE, "x", T1, "f");
    assertThat(family.successor(residents::get, TODAY)).contains(wife.id);
  }

  @Test
  void theOldestAdultBeforeAnOlderMinorNeverHappensButAnAdultBeatsAMinor() {
    Family family = family();
    Resident head = person(LocalDate.of(1960, 1, 1), MaritalStatus.KAWIN);
    Resident minor = person(TODAY.minusYears(10), MaritalStatus.BELUM_KAWIN);
    Resident married = person(TODAY.minusYears(16), MaritalStatus.KAWIN); // married before 17
    family.join(head, FamilyRelationship.HEAD, "x", T0, "f");
    family.join(minor, FamilyRelationship.CHILD, "x", T0, "f");
    family.join(married, FamilyRelationship.CHILD, "x", T0, "f");
    family.leave(head.id, "x", T1, "f");
    assertThat(family.successor(residents::get, TODAY)).contains(married.id);
  }

  @Test
  void everyChangeTouchesTheFamilySoItsVersionMoves() {
    Family family = family();
    Resident head = person(LocalDate.of(1980, 1, 1), MaritalStatus.KAWIN);
    family.join(head, FamilyRelationship.HEAD, "x", T1, "f");
    assertThat(family.updatedAt).isEqualTo(T1);
  }

  @Test
  void dissolvingEndsTheCard() {
    Family family = family();
    Resident head = person(LocalDate.of(1980, 1, 1), MaritalStatus.KAWIN);
    family.join(head, FamilyRelationship.HEAD, "x", T0, "f");
    FamilyCard card = family.issueCard("1602050101260001", FamilyCardIssued.Reason.NEW, T0);
    family.leave(head.id, "x", T1, "f");
    family.dissolve(T1);
    assertThat(family.status).isEqualTo(FamilyStatus.DISSOLVED);
    assertThat(card.validTo).isEqualTo(T1);
    assertThatThrownBy(() -> family.requireActive("familyId"))
        .extracting(e -> ((DomainRuleViolation) e).rule())
        .isEqualTo("family-not-active");
  }

  @Test
  void onlyLivingResidentsJoinAndASpouseCodeFitsTheSex() {
    Family family = family();
    Resident head = person(LocalDate.of(1980, 1, 1), MaritalStatus.KAWIN);
    family.join(head, FamilyRelationship.HEAD, "x", T0, "f");
    Resident woman = person(LocalDate.of(1982, 1, 1), MaritalStatus.KAWIN);
    assertThatThrownBy(() -> family.join(woman, FamilyRelationship.HUSBAND, "x", T0, "f"))
        .extracting(e -> ((DomainRuleViolation) e).rule())
        .isEqualTo("shdk-sex-mismatch");
    Resident deceased = person(LocalDate.of(1950, 1, 1), MaritalStatus.CERAI_MATI);
    deceased.status = ResidentStatus.DECEASED;
    assertThatThrownBy(() -> family.join(deceased, FamilyRelationship.PARENT, "x", T0, "f"))
        .extracting(e -> ((DomainRuleViolation) e).rule())
        .isEqualTo("resident-not-alive");
    assertThat(family.currentMembers()).hasSize(1);
  }
}
