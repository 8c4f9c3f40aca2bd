package id.go.okikab.health.domain;

import static id.go.okikab.health.domain.PregnancyTestSupport.assertRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.okikab.health.domain.immunization.DoseRules;
import id.go.okikab.health.domain.immunization.ScheduledDose;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.web.problem.ConflictProblem;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The child's record: giving a dose of a series, the next due date, closing. */
class ChildTest {

  private static final LocalDate BORN = LocalDate.of(2025, 1, 1);
  private static final LocalDate TODAY = LocalDate.of(2025, 8, 1);
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2025, 8, 1, 9, 0, 0, 0, ZoneOffset.ofHours(7));
  private static final int GRACE = 28;

  private static final List<ScheduledDose> DPT =
      List.of(
          new ScheduledDose("DPT-HB-HIB", 1, "DPT-HB-Hib 1", 61, 42, null, null, true),
          new ScheduledDose("DPT-HB-HIB", 2, "DPT-HB-Hib 2", 91, 70, 28, null, true),
          new ScheduledDose("DPT-HB-HIB", 3, "DPT-HB-Hib 3", 122, 98, 28, null, true));

  @Test
  void theNextDoseIsGivenAndTheFollowingOneRescheduledFromIt() {
    Child child = child();
    List<Immunization> rows = schedule(child);
    Immunization given =
        child.giveDose(rows, DPT, null, dose(BORN.plusDays(70)), rows, TODAY, NOW, GRACE);
    assertThat(given.doseNo).isEqualTo(1);
    assertThat(given.givenOn).isEqualTo(BORN.plusDays(70));
    assertThat(given.recordedBy).isEqualTo("bidan");
    // dose 2: due at 91 days or 28 days after dose 1, whichever is later
    assertThat(rows.get(1).dueDate).isEqualTo(BORN.plusDays(98));
    assertThat(child.nextDueOn).isEqualTo(BORN.plusDays(98));
  }

  @Test
  void aDoseIsRecordedOnceAndInItsRules() {
    Child child = child();
    List<Immunization> rows = schedule(child);
    child.giveDose(rows, DPT, 1, dose(BORN.plusDays(70)), rows, TODAY, NOW, GRACE);
    assertThatThrownBy(
            () -> child.giveDose(rows, DPT, 1, dose(BORN.plusDays(71)), rows, TODAY, NOW, GRACE))
        .isInstanceOf(ConflictProblem.class);
    assertRule(
        () -> child.giveDose(rows, DPT, 4, dose(BORN.plusDays(200)), rows, TODAY, NOW, GRACE),
        "unknown-dose",
        "doseNo");
    assertRule(
        () -> child.giveDose(rows, DPT, 2, dose(TODAY.plusDays(1)), rows, TODAY, NOW, GRACE),
        "given-date-in-future",
        "givenOn");
    assertRule(
        () -> child.giveDose(rows, DPT, 2, dose(BORN.plusDays(80)), rows, TODAY, NOW, GRACE),
        "dose-before-minimum-interval",
        "givenOn");
    child.giveDose(rows, DPT, 2, dose(BORN.plusDays(100)), rows, TODAY, NOW, GRACE);
    child.giveDose(rows, DPT, 3, dose(BORN.plusDays(130)), rows, TODAY, NOW, GRACE);
    assertRule(
        () -> child.giveDose(rows, DPT, null, dose(BORN.plusDays(200)), rows, TODAY, NOW, GRACE),
        "series-complete",
        "vaccine");
    assertThat(child.nextDueOn).isNull();
  }

  @Test
  void aClosedRecordTakesNoDose() {
    Child child = child();
    List<Immunization> rows = schedule(child);
    child.closeForDeath(TODAY);
    assertRule(
        () -> child.giveDose(rows, DPT, 1, dose(BORN.plusDays(70)), rows, TODAY, NOW, GRACE),
        "child-record-closed",
        null);
  }

  private static Child child() {
    return Child.fromRegistration(
        "reg-1", "c".repeat(64), "m".repeat(64), null, Sex.MALE, BORN, "1602052011", NOW);
  }

  private static List<Immunization> schedule(Child child) {
    List<Immunization> rows = new ArrayList<>();
    for (ScheduledDose d : DPT) {
      rows.add(
          Immunization.scheduled(
              child.id, d.vaccine(), d.doseNo(), DoseRules.dates(BORN, d, null, GRACE)));
    }
    child.updateNextDue(rows);
    return rows;
  }

  private static Child.Dose dose(LocalDate on) {
    return new Child.Dose(on, "P-160205", "B-1", "bidan");
  }
}
