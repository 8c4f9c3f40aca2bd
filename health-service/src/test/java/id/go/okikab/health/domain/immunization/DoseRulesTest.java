package id.go.okikab.health.domain.immunization;

import static id.go.okikab.health.domain.PregnancyTestSupport.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schedule dates, the minimum age and interval, and the IDL indicator. */
class DoseRulesTest {

  private static final LocalDate BORN = LocalDate.of(2025, 1, 10);
  private static final ScheduledDose HB0 = new ScheduledDose("HB0", 1, "HB0", 0, 0, null, 7, true);
  private static final ScheduledDose DPT1 =
      new ScheduledDose("DPT-HB-HIB", 1, "DPT-HB-Hib 1", 61, 42, null, null, true);
  private static final ScheduledDose DPT2 =
      new ScheduledDose("DPT-HB-HIB", 2, "DPT-HB-Hib 2", 91, 70, 28, null, true);
  private static final ScheduledDose MR1 =
      new ScheduledDose("MR", 1, "Campak-Rubela (MR) 1", 274, 274, null, null, true);

  @Test
  void firstDoseDates() {
    DoseRules.Dates d = DoseRules.dates(BORN, DPT1, null, 28);
    assertThat(d.eligibleFrom()).isEqualTo(LocalDate.of(2025, 2, 21)); // +42
    assertThat(d.dueDate()).isEqualTo(LocalDate.of(2025, 3, 12)); // +61
    assertThat(d.overdueFrom()).isEqualTo(LocalDate.of(2025, 4, 9)); // +28
    assertThat(d.expiresOn()).isNull();
    DoseRules.Dates mr = DoseRules.dates(BORN, MR1, null, 28);
    assertThat(mr.dueDate()).isEqualTo(LocalDate.of(2025, 10, 11)); // 9 months = 274 days
  }

  @Test
  void aLaterDoseWaitsForThePreviousAndALatePreviousDosePushesItBack() {
    DoseRules.Dates waiting = DoseRules.dates(BORN, DPT2, null, 28);
    assertThat(waiting.dueDate()).isNull();
    assertThat(DoseRules.status(waiting, null, BORN.plusDays(200)))
        .isEqualTo(DoseRules.Status.WAITING);
    DoseRules.Dates onTime = DoseRules.dates(BORN, DPT2, BORN.plusDays(61), 28);
    assertThat(onTime.dueDate()).isEqualTo(BORN.plusDays(91));
    assertThat(onTime.eligibleFrom()).isEqualTo(BORN.plusDays(89)); // 61 + 28 > 70
    DoseRules.Dates late = DoseRules.dates(BORN, DPT2, BORN.plusDays(80), 28);
    assertThat(late.dueDate()).isEqualTo(BORN.plusDays(108));
  }

  @Test
  void statusOverTime() {
    DoseRules.Dates d = DoseRules.dates(BORN, DPT1, null, 28);
    assertThat(DoseRules.status(d, null, BORN.plusDays(60))).isEqualTo(DoseRules.Status.UPCOMING);
    assertThat(DoseRules.status(d, null, BORN.plusDays(61))).isEqualTo(DoseRules.Status.DUE);
    assertThat(DoseRules.status(d, null, BORN.plusDays(88))).isEqualTo(DoseRules.Status.DUE);
    assertThat(DoseRules.status(d, null, BORN.plusDays(89))).isEqualTo(DoseRules.Status.OVERDUE);
    assertThat(DoseRules.status(d, BORN.plusDays(70), BORN.plusDays(89)))
        .isEqualTo(DoseRules.Status.GIVEN);
  }

  @Test
  void aDoseWithAMaximumAgeIsOverdueOnItsLastDayThenExpired() {
    DoseRules.Dates hb0 = DoseRules.dates(BORN, HB0, null, 28);
    assertThat(hb0.overdueFrom()).isEqualTo(BORN.plusDays(7));
    assertThat(DoseRules.status(hb0, null, BORN)).isEqualTo(DoseRules.Status.DUE);
    assertThat(DoseRules.status(hb0, null, BORN.plusDays(7))).isEqualTo(DoseRules.Status.OVERDUE);
    assertThat(DoseRules.status(hb0, null, BORN.plusDays(8))).isEqualTo(DoseRules.Status.EXPIRED);
  }

  @Test
  void aDoseTooEarlyIsRejected() {
    assertRule(
        () -> DoseRules.check(BORN, DPT1, null, BORN.plusDays(41)),
        "dose-before-minimum-age",
        "givenOn");
    DoseRules.check(BORN, DPT1, null, BORN.plusDays(42));
    assertRule(
        () -> DoseRules.check(BORN, DPT2, BORN.plusDays(50), BORN.plusDays(77)),
        "dose-before-minimum-interval",
        "givenOn");
    DoseRules.check(BORN, DPT2, BORN.plusDays(50), BORN.plusDays(78));
    assertRule(
        () -> DoseRules.check(BORN, DPT2, BORN.plusDays(30), BORN.plusDays(69)),
        "dose-before-minimum-age",
        "givenOn");
    assertRule(
        () -> DoseRules.check(BORN, DPT2, null, BORN.plusDays(100)),
        "previous-dose-missing",
        "doseNo");
    assertRule(
        () -> DoseRules.check(BORN, HB0, null, BORN.plusDays(8)),
        "dose-after-maximum-age",
        "givenOn");
  }

  @Test
  void imunisasiDasarLengkapAtTwelveMonths() {
    List<BasicImmunization.BasicDose> all =
        List.of(
            new BasicImmunization.BasicDose("HB0", 1, BORN),
            new BasicImmunization.BasicDose("MR", 1, BORN.plusDays(280)));
    var complete = BasicImmunization.of(BORN, all, BORN.plusYears(2));
    assertThat(complete.status()).isEqualTo(BasicImmunization.Status.COMPLETE);
    assertThat(complete.completedOn()).isEqualTo(BORN.plusDays(280));

    List<BasicImmunization.BasicDose> lateMr =
        List.of(
            new BasicImmunization.BasicDose("HB0", 1, BORN),
            new BasicImmunization.BasicDose("MR", 1, BORN.plusYears(1)));
    assertThat(BasicImmunization.of(BORN, lateMr, BORN.plusYears(2)).status())
        .isEqualTo(BasicImmunization.Status.INCOMPLETE);
    List<BasicImmunization.BasicDose> missing =
        List.of(
            new BasicImmunization.BasicDose("HB0", 1, BORN),
            new BasicImmunization.BasicDose("MR", 1, null));
    assertThat(BasicImmunization.of(BORN, missing, BORN.plusDays(200)).status())
        .isEqualTo(BasicImmunization.Status.IN_PROGRESS);
    assertThat(BasicImmunization.of(BORN, missing, BORN.plusYears(1)).status())
        .isEqualTo(BasicImmunization.Status.INCOMPLETE);
  }
}
