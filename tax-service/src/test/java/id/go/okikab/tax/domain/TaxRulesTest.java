package id.go.okikab.tax.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.ValidationProblem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The worked examples of domain.md §3, exactly. */
class TaxRulesTest {

  private static PbbRule rule(int ratePpm, int percent) {
    return new PbbRule(2026, ratePpm, percent, 10_000_000L, 0, LocalDate.of(2026, 9, 30), 1, 24);
  }

  @Test
  void pbbFirstExample() {
    long njop = PbbCalculation.njop(200, 150_000, 70, 1_500_000);
    assertThat(njop).isEqualTo(135_000_000L);
    PbbCalculation c = PbbCalculation.of(njop, true, rule(1_000, 100));
    assertThat(c.njoptkp()).isEqualTo(10_000_000L);
    assertThat(c.base()).isEqualTo(125_000_000L);
    assertThat(c.amount()).isEqualTo(125_000L);
  }

  @Test
  void pbbSecondExample() {
    PbbCalculation c = PbbCalculation.of(135_000_000L, true, rule(5_000, 40));
    assertThat(c.base()).isEqualTo(50_000_000L);
    assertThat(c.amount()).isEqualTo(250_000L);
  }

  @Test
  void njoptkpOnlyOnTheChosenObjectAndNeverBelowZero() {
    assertThat(PbbCalculation.of(135_000_000L, false, rule(1_000, 100)).amount())
        .isEqualTo(135_000L);
    PbbCalculation small = PbbCalculation.of(8_000_000L, true, rule(1_000, 100));
    assertThat(small.njoptkp()).isEqualTo(8_000_000L);
    assertThat(small.amount()).isZero();
  }

  @Test
  void minimumPayableApplies() {
    PbbRule withMinimum =
        new PbbRule(2026, 1_000, 100, 10_000_000L, 15_000, LocalDate.of(2026, 9, 30), 1, 24);
    assertThat(PbbCalculation.of(12_000_000L, true, withMinimum).amount()).isEqualTo(15_000L);
    assertThat(PbbCalculation.of(0, true, withMinimum).amount()).isZero();
  }

  @Test
  void ratesAboveTheCeilingAreRefused() {
    assertThatThrownBy(() -> rule(5_001, 100)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rule(1_000, 10)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void interestExampleFourStartedMonths() {
    LateInterest interest = new LateInterest(1, 24);
    LocalDate due = LocalDate.of(2025, 9, 30);
    assertThat(interest.monthsLate(due, LocalDate.of(2026, 1, 2))).isEqualTo(4);
    assertThat(interest.on(250_000, due, LocalDate.of(2026, 1, 2))).isEqualTo(10_000L);
    assertThat(250_000 + interest.on(250_000, due, LocalDate.of(2026, 1, 2))).isEqualTo(260_000L);
  }

  @Test
  void interestIsCappedAt24Months() {
    LateInterest interest = new LateInterest(1, 24);
    LocalDate due = LocalDate.of(2025, 9, 30);
    assertThat(interest.monthsLate(due, LocalDate.of(2030, 1, 1))).isEqualTo(24);
    assertThat(interest.on(250_000, due, LocalDate.of(2030, 1, 1))).isEqualTo(60_000L);
  }

  @Test
  void noInterestOnOrBeforeTheDueDateAndOneForADayLate() {
    LateInterest interest = new LateInterest(1, 24);
    LocalDate due = LocalDate.of(2025, 9, 30);
    assertThat(interest.on(250_000, due, due)).isZero();
    assertThat(interest.on(250_000, due, due.minusDays(5))).isZero();
    assertThat(interest.monthsLate(due, due.plusDays(1))).isEqualTo(1);
    assertThat(interest.monthsLate(due, LocalDate.of(2025, 10, 30))).isEqualTo(1);
    assertThat(interest.monthsLate(due, LocalDate.of(2025, 10, 31))).isEqualTo(2);
  }

  @Test
  void bphtbSale() {
    Bphtb.Result r = Bphtb.compute(450_000_000L, 400_000_000L, 80_000_000L, 50_000);
    assertThat(r.npop()).isEqualTo(450_000_000L);
    assertThat(r.base()).isEqualTo(370_000_000L);
    assertThat(r.amount()).isEqualTo(18_500_000L);
  }

  @Test
  void bphtbInheritanceUsesNjopWhenNoValue() {
    Bphtb.Result r = Bphtb.compute(null, 500_000_000L, 300_000_000L, 50_000);
    assertThat(r.amount()).isEqualTo(10_000_000L);
    // a declared price below the NJOP is replaced by the NJOP
    assertThat(Bphtb.compute(100_000_000L, 400_000_000L, 80_000_000L, 50_000).npop())
        .isEqualTo(400_000_000L);
    assertThat(Bphtb.compute(50_000_000L, 50_000_000L, 80_000_000L, 50_000).amount()).isZero();
  }

  @Test
  void pbjtExample() {
    // Rp150,000 × 10% = Rp15,000
    assertThat(150_000L * 100_000 / 1_000_000L).isEqualTo(15_000L);
  }

  @Test
  void nopFormattedAndPlain() {
    Nop nop = Nop.parse("16.02.050.011.001-0001.0", "nop");
    assertThat(nop.digits()).isEqualTo("160205001100100010");
    assertThat(nop.kecamatan()).isEqualTo("050");
    assertThat(nop.desa()).isEqualTo("011");
    assertThat(nop.block()).isEqualTo("001");
    assertThat(nop.serial()).isEqualTo("0001");
    assertThat(nop.objectType()).isEqualTo("0");
    assertThat(nop.formatted()).isEqualTo("16.02.050.011.001-0001.0");
    assertThat(Nop.parse("160205001100100010", "nop")).isEqualTo(nop);
  }

  @Test
  void badNops() {
    for (String bad :
        new String[] {
          "16.02.050.011.001-0001",
          "1602050011001000100",
          "16-02-050-011-001-0001-0",
          "abc",
          "",
          "16.02.000.011.001-0001.0",
          "16.02.050.011.001-0000.0"
        }) {
      assertThatThrownBy(() -> Nop.parse(bad, "nop")).as(bad).isInstanceOf(ValidationProblem.class);
    }
    assertThatThrownBy(() -> Nop.parse("16.01.050.011.001-0001.0", "nop"))
        .isInstanceOf(DomainRuleViolation.class);
  }

  @Test
  void billingCodesStartWith11AndCarryALuhnDigit() {
    String code = BillingCodes.of(2026, 42);
    assertThat(code).hasSize(16).startsWith("1126").matches("\\d{16}");
    assertThat(BillingCodes.isValid(code)).isTrue();
    // every single-digit change is caught
    for (int i = 2; i < 16; i++) {
      char[] chars = code.toCharArray();
      chars[i] = (char) ('0' + (chars[i] - '0' + 1) % 10);
      assertThat(BillingCodes.isValid(new String(chars))).as("digit %d", i).isFalse();
    }
    // the textbook Luhn example
    assertThat(id.go.okikab.platform.domain.BillingCodeFormat.luhnDigit("7992739871")).isEqualTo(3);
    assertThat(BillingCodes.isValid("2126000000000428")).isFalse();
  }

  @Test
  void namesAreMasked() {
    assertThat(Masking.name("Budi Santoso")).isEqualTo("B*** S******");
    assertThat(Masking.name(" Ani ")).isEqualTo("A**");
  }
}
