package id.go.okikab.health.domain;

import id.go.okikab.health.domain.anc.Gestation;
import id.go.okikab.health.domain.anc.RiskFactor;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * One antenatal care contact with the measurements of the visit, part of the pregnancy's record
 * (made by {@link Pregnancy#recordContact}). Clinical values: they stay in this table (no event, no
 * log carries them).
 */
@Entity
@Table(name = "anc_contact")
public class AncContact {

  @Id public UUID id;

  @Column(name = "pregnancy_id")
  public UUID pregnancyId;

  @Column(name = "contact_number")
  public int contactNumber;

  @Column(name = "visit_date")
  public LocalDate visitDate;

  @Column(name = "gestational_days")
  public int gestationalDays;

  public int trimester;

  @Column(name = "with_doctor")
  public boolean withDoctor;

  @Column(name = "facility_code")
  public String facilityCode;

  @Column(name = "weight_kg")
  public BigDecimal weightKg;

  @Column(name = "systolic_mmhg")
  public Integer systolicMmHg;

  @Column(name = "diastolic_mmhg")
  public Integer diastolicMmHg;

  @Column(name = "lila_cm")
  public BigDecimal lilaCm;

  @Column(name = "hb_g_dl")
  public BigDecimal hbGramsPerDecilitre;

  @Column(name = "fundal_height_cm")
  public BigDecimal fundalHeightCm;

  public String notes;

  @Column(name = "recorded_at")
  public OffsetDateTime recordedAt;

  @Column(name = "recorded_by")
  public String recordedBy;

  /** LiLA below this (cm): chronic energy deficiency (KEK). */
  static final BigDecimal LILA_KEK = new BigDecimal("23.5");

  /** Hb below this (g/dL): anaemia. */
  static final BigDecimal HB_ANAEMIA = new BigDecimal("11.0");

  static AncContact of(
      Pregnancy p,
      int number,
      Pregnancy.AncVisit visit,
      String facilityCode,
      OffsetDateTime now,
      String by) {
    AncContact c = new AncContact();
    c.id = UUID.randomUUID();
    c.pregnancyId = p.id;
    c.contactNumber = number;
    c.visitDate = visit.visitDate();
    c.gestationalDays = (int) Gestation.days(p.hpht, visit.visitDate());
    c.trimester = Gestation.trimester(p.hpht, visit.visitDate());
    c.withDoctor = visit.withDoctor();
    c.facilityCode = facilityCode;
    c.weightKg = visit.weightKg();
    c.systolicMmHg = visit.systolicMmHg();
    c.diastolicMmHg = visit.diastolicMmHg();
    c.lilaCm = visit.lilaCm();
    c.hbGramsPerDecilitre = visit.hbGramsPerDecilitre();
    c.fundalHeightCm = visit.fundalHeightCm();
    c.notes = visit.notes();
    c.recordedAt = now;
    c.recordedBy = by;
    return c;
  }

  /**
   * @throws DomainRuleViolation {@code blood-pressure-incomplete} (one value without the other),
   *     {@code blood-pressure-inconsistent} (diastolic not below systolic)
   */
  static void requireBloodPressure(Integer systolic, Integer diastolic) {
    if ((systolic == null) != (diastolic == null)) {
      throw new DomainRuleViolation(
          "blood-pressure-incomplete",
          "Blood pressure needs both systolic and diastolic values.",
          systolic == null ? "systolicMmHg" : "diastolicMmHg");
    }
    if (systolic != null && diastolic >= systolic) {
      throw new DomainRuleViolation(
          "blood-pressure-inconsistent",
          "The diastolic pressure must be lower than the systolic.",
          "diastolicMmHg");
    }
  }

  /** The KSPR factors this contact's measurements show: KEK, anaemia, hypertension. */
  Set<RiskFactor> riskFactorsFound() {
    Set<RiskFactor> found = EnumSet.noneOf(RiskFactor.class);
    if (lilaCm != null && lilaCm.compareTo(LILA_KEK) < 0) {
      found.add(RiskFactor.CHRONIC_ENERGY_DEFICIENCY);
    }
    if (hbGramsPerDecilitre != null && hbGramsPerDecilitre.compareTo(HB_ANAEMIA) < 0) {
      found.add(RiskFactor.ANAEMIA);
    }
    if (systolicMmHg != null && (systolicMmHg >= 140 || diastolicMmHg >= 90)) {
      found.add(RiskFactor.HYPERTENSION);
    }
    return found;
  }
}
