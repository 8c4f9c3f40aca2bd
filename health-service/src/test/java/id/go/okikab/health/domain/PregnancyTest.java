package id.go.okikab.health.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.okikab.health.domain.anc.Kspr;
import id.go.okikab.health.domain.anc.RiskClass;
import id.go.okikab.health.domain.anc.RiskFactor;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The pregnancy aggregate: registration rules, KSPR on the record, dates of contacts and birth. */
class PregnancyTest {

  private static final ZoneOffset WIB = ZoneOffset.ofHours(7);
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
  private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 6, 1, 10, 0, 0, 0, WIB);
  private static final LocalDate HPHT = LocalDate.of(2025, 3, 1);
  private final Kspr kspr = Kspr.standard();

  @Test
  void age37IsKrtFromTheStart() {
    Pregnancy p = register(37, 2, 1, null, null, Set.of());
    assertThat(p.ksprScore).isEqualTo(6);
    assertThat(p.riskClass).isEqualTo(RiskClass.KRT);
    assertThat(p.hasRiskFactor(RiskFactor.AGE_OVER_35)).isTrue();
    assertThat(p.dueDate).isEqualTo(HPHT.plusDays(280));
  }

  @Test
  void caesareanThenAnaemiaAtAVisitRaisesKrtToKrst() {
    Pregnancy p = register(28, 2, 1, null, null, Set.of(RiskFactor.PREVIOUS_CAESAREAN));
    assertThat(p.ksprScore).isEqualTo(10);
    assertThat(p.riskClass).isEqualTo(RiskClass.KRT);
    var raised =
        p.addRiskFactors(List.of(RiskFactor.ANAEMIA), RiskSource.ANC_CONTACT, null, kspr, NOW);
    assertThat(p.ksprScore).isEqualTo(14);
    assertThat(raised).contains(RiskClass.KRST);
    // the same finding again changes nothing and raises nothing
    assertThat(
            p.addRiskFactors(List.of(RiskFactor.ANAEMIA), RiskSource.ANC_CONTACT, null, kspr, NOW))
        .isEmpty();
    assertThat(p.ksprScore).isEqualTo(14);
  }

  @Test
  void derivedFactorsAtRegistration() {
    Pregnancy p = register(18, 6, 5, HPHT.minusMonths(13), new BigDecimal("142.0"), Set.of());
    assertThat(p.riskFactors)
        .extracting(f -> f.factor)
        .containsExactlyInAnyOrder(
            RiskFactor.AGE_UNDER_20,
            RiskFactor.PARITY_4_OR_MORE,
            RiskFactor.BIRTH_INTERVAL_UNDER_2_YEARS,
            RiskFactor.HEIGHT_UNDER_145_CM);
    assertThat(p.ksprScore).isEqualTo(18);
    assertThat(p.riskClass).isEqualTo(RiskClass.KRST);
  }

  @Test
  void theScoreNeverDecreasesEvenWhenTheWeightsAreLowered() {
    Pregnancy p = register(28, 2, 1, null, null, Set.of(RiskFactor.PREVIOUS_CAESAREAN));
    Kspr lighter = new Kspr(2, 2, Map.of(), 6, 12);
    p.addRiskFactors(List.of(RiskFactor.TWIN_PREGNANCY), RiskSource.OFFICER, null, lighter, NOW);
    assertThat(p.ksprScore).isEqualTo(12); // 2 + 8 (as recorded) + 2
    Kspr higherBase = new Kspr(1, 4, Map.of(), 20, 30);
    p.addRiskFactors(List.of(RiskFactor.BREECH), RiskSource.OFFICER, null, higherBase, NOW);
    assertThat(p.ksprScore).isGreaterThanOrEqualTo(12);
    assertThat(p.riskClass).isEqualTo(RiskClass.KRST); // the class never goes down either
  }

  @Test
  void impossibleRegistrationDates() {
    assertRule(
        () ->
            Pregnancy.register(registration(TODAY.plusDays(1), 2, 1, null), kspr, TODAY, NOW, "x"),
        "hpht-in-future",
        "hpht");
    assertRule(
        () ->
            Pregnancy.register(
                registration(TODAY.minusDays(309), 2, 1, null), kspr, TODAY, NOW, "x"),
        "hpht-too-old",
        "hpht");
    assertRule(
        () -> Pregnancy.register(registration(HPHT, 2, 2, null), kspr, TODAY, NOW, "x"),
        "parity-exceeds-gravida",
        "parity");
    assertRule(
        () -> Pregnancy.register(registration(HPHT, 2, 1, HPHT), kspr, TODAY, NOW, "x"),
        "last-birth-after-hpht",
        "lastBirthDate");
  }

  @Test
  void contactsAreCountedInOrderWithinThePregnancy() {
    Pregnancy p = register(28, 1, 0, null, null, Set.of());
    assertRule(
        () -> p.countContact(HPHT.minusDays(1), null, TODAY), "visit-before-hpht", "visitDate");
    assertRule(
        () -> p.countContact(TODAY.plusDays(1), null, TODAY), "visit-date-in-future", "visitDate");
    assertThat(p.countContact(HPHT.plusDays(40), null, TODAY)).isEqualTo(1);
    assertRule(
        () -> p.countContact(HPHT.plusDays(30), HPHT.plusDays(40), TODAY),
        "visit-before-previous-contact",
        "visitDate");
    assertThat(p.countContact(HPHT.plusDays(60), HPHT.plusDays(40), TODAY)).isEqualTo(2);
    assertThat(p.ancContactCount).isEqualTo(2);
  }

  @Test
  void aLiveBirthBefore20WeeksNeedsTheFlag() {
    Pregnancy p = register(28, 1, 0, null, null, Set.of());
    OffsetDateTime at19Weeks = HPHT.plusDays(19 * 7 + 6).atTime(9, 0).atOffset(WIB);
    OffsetDateTime now = at19Weeks.plusDays(1);
    assertRule(
        () -> p.deliver(delivery(at19Weeks, BirthOutcome.LIVE_BIRTH, false), now),
        "live-birth-before-20-weeks",
        "babies[0].outcome");
    // a stillbirth at that age, or a confirmed live birth, is accepted
    Pregnancy q = register(28, 1, 0, null, null, Set.of());
    q.deliver(delivery(at19Weeks, BirthOutcome.LIVE_BIRTH, true), now);
    assertThat(q.status).isEqualTo(Pregnancy.Status.DELIVERED);
    assertThat(q.gestationalDaysAtDelivery).isEqualTo(139);
    Pregnancy r = register(28, 1, 0, null, null, Set.of());
    r.deliver(delivery(at19Weeks, BirthOutcome.STILLBIRTH, false), now);
    assertThat(r.status).isEqualTo(Pregnancy.Status.DELIVERED);
  }

  @Test
  void aBirthCannotPrecedeHphtNorFollowNow() {
    Pregnancy p = register(28, 1, 0, null, null, Set.of());
    assertRule(
        () ->
            p.deliver(
                delivery(
                    HPHT.minusDays(1).atTime(9, 0).atOffset(WIB), BirthOutcome.STILLBIRTH, false),
                NOW),
        "delivery-before-hpht",
        "babies[0].bornAt");
    assertRule(
        () -> p.deliver(delivery(NOW.plusHours(1), BirthOutcome.LIVE_BIRTH, false), NOW),
        "delivery-in-future",
        "babies[0].bornAt");
    assertThat(p.status).isEqualTo(Pregnancy.Status.ONGOING);
  }

  @Test
  void nothingIsRecordedOnADeliveredPregnancy() {
    Pregnancy p = register(28, 1, 0, null, null, Set.of());
    p.deliver(delivery(NOW.minusDays(1), BirthOutcome.LIVE_BIRTH, true), NOW);
    assertRule(() -> p.countContact(TODAY, null, TODAY), "pregnancy-not-ongoing", null);
  }

  @Test
  void aContactsMeasurementsAddTheirFactorsAndSayWhatTheyCaused() {
    Pregnancy p = register(28, 1, 0, null, null, Set.of());
    var recorded =
        p.recordContact(
            visit(HPHT.plusDays(60), new BigDecimal("23.0"), new BigDecimal("10.5"), 150, 95),
            null,
            "P-160205",
            kspr,
            TODAY,
            NOW,
            "bidan");
    assertThat(recorded.contact().contactNumber).isEqualTo(1);
    assertThat(recorded.contact().trimester).isEqualTo(1);
    assertThat(recorded.contact().pregnancyId).isEqualTo(p.id);
    // KEK, anaemia, hypertension: 2 + 3 x 4 = 14, KRST: a HighRiskPregnancyFlagged
    assertThat(p.ksprScore).isEqualTo(14);
    assertThat(recorded.raisedTo()).contains(RiskClass.KRST);
    assertThat(p.riskFactors)
        .filteredOn(f -> f.ancContactId != null)
        .extracting(f -> f.factor)
        .containsExactlyInAnyOrder(
            RiskFactor.CHRONIC_ENERGY_DEFICIENCY, RiskFactor.ANAEMIA, RiskFactor.HYPERTENSION);
    // a normal second visit raises nothing
    var second =
        p.recordContact(
            visit(HPHT.plusDays(70), new BigDecimal("25.0"), new BigDecimal("12.0"), 110, 70),
            HPHT.plusDays(60),
            "P-160205",
            kspr,
            TODAY,
            NOW,
            "bidan");
    assertThat(second.contact().contactNumber).isEqualTo(2);
    assertThat(second.raisedTo()).isEmpty();
  }

  @Test
  void bloodPressureNeedsBothValuesSystolicAbove() {
    Pregnancy p = register(28, 1, 0, null, null, Set.of());
    assertRule(
        () ->
            p.recordContact(
                visit(HPHT.plusDays(60), null, null, 120, null),
                null,
                "P-160205",
                kspr,
                TODAY,
                NOW,
                "bidan"),
        "blood-pressure-incomplete",
        "diastolicMmHg");
    assertRule(
        () ->
            p.recordContact(
                visit(HPHT.plusDays(60), null, null, 80, 90),
                null,
                "P-160205",
                kspr,
                TODAY,
                NOW,
                "bidan"),
        "blood-pressure-inconsistent",
        "diastolicMmHg");
    assertThat(p.ancContactCount).isZero();
  }

  @Test
  void theDeliveryGivesItsBabiesInBirthOrder() {
    Pregnancy p = register(28, 1, 0, null, null, Set.of());
    OffsetDateTime first = NOW.minusHours(3);
    var delivered =
        p.deliver(
            new Pregnancy.Delivery(
                List.of(
                    new Pregnancy.Baby(first, BirthOutcome.LIVE_BIRTH, Sex.FEMALE, 2500, 470),
                    new Pregnancy.Baby(
                        first.plusMinutes(9), BirthOutcome.STILLBIRTH, Sex.MALE, 2300, 460)),
                DeliveryPlace.HEALTH_FACILITY,
                "P-160205",
                "1602052011",
                Attendant.MIDWIFE,
                true), // 13 weeks from HPHT: a confirmed preterm live birth
            NOW);
    assertThat(delivered.babies()).extracting(b -> b.birthOrder).containsExactly(1, 2);
    assertThat(p.deliveredAt).isEqualTo(first);
    DeliveryBaby live = delivered.babies().get(0);
    Child child = live.openChildRecord(p, WIB, NOW);
    assertThat(live.childId).isEqualTo(child.id);
    assertThat(child.birthDate).isEqualTo(first.toLocalDate());
    assertThat(child.motherRef).isEqualTo(p.motherRef);
    assertThatThrownBy(() -> delivered.babies().get(1).openChildRecord(p, WIB, NOW))
        .isInstanceOf(IllegalStateException.class);
  }

  private static Pregnancy.AncVisit visit(
      LocalDate on, BigDecimal lila, BigDecimal hb, Integer systolic, Integer diastolic) {
    return new Pregnancy.AncVisit(
        on, true, null, systolic, diastolic, lila, hb, null, null, List.of());
  }

  private Pregnancy register(
      int age,
      int gravida,
      int parity,
      LocalDate lastBirth,
      BigDecimal height,
      Set<RiskFactor> declared) {
    return Pregnancy.register(
        new Pregnancy.Registration(
            "a".repeat(64),
            "P-160205",
            "1602052011",
            null,
            HPHT,
            age,
            gravida,
            parity,
            lastBirth,
            height,
            declared),
        kspr,
        TODAY,
        NOW,
        "tester");
  }

  private static Pregnancy.Registration registration(
      LocalDate hpht, int gravida, int parity, LocalDate lastBirth) {
    return new Pregnancy.Registration(
        "a".repeat(64),
        "P-160205",
        "1602052011",
        null,
        hpht,
        28,
        gravida,
        parity,
        lastBirth,
        null,
        Set.of());
  }

  private static Pregnancy.Delivery delivery(
      OffsetDateTime at, BirthOutcome outcome, boolean flag) {
    return new Pregnancy.Delivery(
        List.of(new Pregnancy.Baby(at, outcome, Sex.FEMALE, 3000, 490)),
        DeliveryPlace.HEALTH_FACILITY,
        "P-160205",
        "1602052011",
        Attendant.MIDWIFE,
        flag);
  }

  static void assertRule(ThrowingCallable call, String rule, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            v -> {
              assertThat(v.rule()).isEqualTo(rule);
              if (field == null) {
                assertThat(v.errors()).isEmpty();
              } else {
                assertThat(v.errors()).extracting(e -> e.field()).containsExactly(field);
              }
            });
  }
}
