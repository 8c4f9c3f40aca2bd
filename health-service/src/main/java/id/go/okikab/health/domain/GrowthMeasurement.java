package id.go.okikab.health.domain;

import id.go.okikab.health.domain.growth.Anthropometry;
import id.go.okikab.health.domain.growth.GrowthClass;
import id.go.okikab.health.domain.growth.GrowthStandards;
import id.go.okikab.health.domain.growth.IndexResult;
import id.go.okikab.health.domain.growth.Indicator;
import id.go.okikab.health.domain.growth.Position;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A growth measurement of a child with its z-scores and Permenkes 2/2020 classes, made by {@link
 * #record}: every measurement is a {@code GrowthAssessed}; {@link #risksSince} says which {@code
 * GrowthRiskDetected} it also is.
 */
@Entity
@Table(name = "growth_measurement")
public class GrowthMeasurement {

  @Id public UUID id;

  @Column(name = "child_id")
  public UUID childId;

  @Column(name = "measured_on")
  public LocalDate measuredOn;

  @Column(name = "age_days")
  public int ageDays;

  @Column(name = "weight_kg")
  public BigDecimal weightKg;

  @Column(name = "length_cm")
  public BigDecimal lengthCm;

  @Enumerated(EnumType.STRING)
  public Position position;

  @Column(name = "adjusted_length_cm")
  public BigDecimal adjustedLengthCm;

  @Column(name = "head_circumference_cm")
  public BigDecimal headCircumferenceCm;

  @Column(name = "wfa_z")
  public BigDecimal wfaZ;

  @Enumerated(EnumType.STRING)
  @Column(name = "wfa_status")
  public IndexResult.Status wfaStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "wfa_class")
  public GrowthClass wfaClass;

  @Column(name = "lhfa_z")
  public BigDecimal lhfaZ;

  @Enumerated(EnumType.STRING)
  @Column(name = "lhfa_status")
  public IndexResult.Status lhfaStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "lhfa_class")
  public GrowthClass lhfaClass;

  @Column(name = "wflh_z")
  public BigDecimal wflhZ;

  @Enumerated(EnumType.STRING)
  @Column(name = "wflh_status")
  public IndexResult.Status wflhStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "wflh_class")
  public GrowthClass wflhClass;

  @Column(name = "bmifa_z")
  public BigDecimal bmifaZ;

  @Enumerated(EnumType.STRING)
  @Column(name = "bmifa_status")
  public IndexResult.Status bmifaStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "bmifa_class")
  public GrowthClass bmifaClass;

  @Column(name = "hcfa_z")
  public BigDecimal hcfaZ;

  @Enumerated(EnumType.STRING)
  @Column(name = "hcfa_status")
  public IndexResult.Status hcfaStatus;

  @Column(name = "facility_code")
  public String facilityCode;

  @Column(name = "recorded_at")
  public OffsetDateTime recordedAt;

  @Column(name = "recorded_by")
  public String recordedBy;

  /** What an officer measured: any of weight, length/height (with its position), head. */
  public record Input(
      LocalDate measuredOn,
      BigDecimal weightKg,
      BigDecimal lengthCm,
      Position position,
      BigDecimal headCircumferenceCm) {}

  /** A stunting or wasting class a child newly entered (or moved to the severe one of). */
  public record Risk(Indicator indicator, GrowthClass growthClass) {}

  /**
   * Measures a child: the age in days, the z-scores and classes of every index.
   *
   * @throws DomainRuleViolation {@code child-record-closed}, {@code measurement-empty}, {@code
   *     position-required}, {@code position-without-length}, {@code measured-in-future}, {@code
   *     measured-before-birth}, {@code child-over-five}
   */
  public static GrowthMeasurement record(
      Child child,
      Input in,
      Anthropometry anthropometry,
      String facilityCode,
      LocalDate today,
      OffsetDateTime now,
      String by) {
    child.requireActive();
    if (in.weightKg() == null && in.lengthCm() == null && in.headCircumferenceCm() == null) {
      throw new DomainRuleViolation(
          "measurement-empty",
          "Give at least one of weightKg, lengthCm (with position), headCircumferenceCm.",
          "weightKg");
    }
    if (in.lengthCm() != null && in.position() == null) {
      throw new DomainRuleViolation(
          "position-required",
          "Say whether the length/height was measured LYING or STANDING (the 0.7 cm rule).",
          "position");
    }
    if (in.lengthCm() == null && in.position() != null) {
      throw new DomainRuleViolation(
          "position-without-length", "A position needs a lengthCm.", "position");
    }
    if (in.measuredOn().isAfter(today)) {
      throw new DomainRuleViolation(
          "measured-in-future",
          "A measurement cannot be recorded before it is taken.",
          "measuredOn");
    }
    if (in.measuredOn().isBefore(child.birthDate)) {
      throw new DomainRuleViolation(
          "measured-before-birth",
          "A measurement cannot be before the child's birth.",
          "measuredOn");
    }
    int age = child.ageDays(in.measuredOn());
    if (age > GrowthStandards.MAX_AGE_DAYS) {
      throw new DomainRuleViolation(
          "child-over-five",
          "The WHO Child Growth Standards used here cover 0-60 months (1826 days); this"
              + " measurement is at "
              + age
              + " days.",
          "measuredOn");
    }
    Anthropometry.Assessment a =
        anthropometry.assess(
            new Anthropometry.Measurement(
                child.sex,
                age,
                in.weightKg() == null ? null : in.weightKg().doubleValue(),
                in.lengthCm() == null ? null : in.lengthCm().doubleValue(),
                in.position(),
                in.headCircumferenceCm() == null ? null : in.headCircumferenceCm().doubleValue()));
    GrowthMeasurement m = new GrowthMeasurement();
    m.id = UUID.randomUUID();
    m.childId = child.id;
    m.measuredOn = in.measuredOn();
    m.ageDays = age;
    m.weightKg = in.weightKg();
    m.lengthCm = in.lengthCm();
    m.position = in.position();
    m.adjustedLengthCm =
        a.adjustedLengthCm() == null
            ? null
            : BigDecimal.valueOf(a.adjustedLengthCm()).setScale(1, RoundingMode.HALF_UP);
    m.headCircumferenceCm = in.headCircumferenceCm();
    IndexResult wfa = a.index(Indicator.WEIGHT_FOR_AGE);
    m.wfaZ = wfa.z();
    m.wfaStatus = wfa.status();
    m.wfaClass = wfa.growthClass();
    IndexResult lhfa = a.index(Indicator.LENGTH_HEIGHT_FOR_AGE);
    m.lhfaZ = lhfa.z();
    m.lhfaStatus = lhfa.status();
    m.lhfaClass = lhfa.growthClass();
    IndexResult wflh = a.index(Indicator.WEIGHT_FOR_LENGTH_HEIGHT);
    m.wflhZ = wflh.z();
    m.wflhStatus = wflh.status();
    m.wflhClass = wflh.growthClass();
    IndexResult bmi = a.index(Indicator.BMI_FOR_AGE);
    m.bmifaZ = bmi.z();
    m.bmifaStatus = bmi.status();
    m.bmifaClass = bmi.growthClass();
    IndexResult hc = a.index(Indicator.HEAD_CIRCUMFERENCE_FOR_AGE);
    m.hcfaZ = hc.z();
    m.hcfaStatus = hc.status();
    m.facilityCode = facilityCode;
    m.recordedAt = now;
    m.recordedBy = by;
    return m;
  }

  /**
   * The risks this measurement newly shows compared with the child's previous one (on or before its
   * date): each a {@code GrowthRiskDetected}. Stunting (length/height-for-age) and wasting
   * (weight-for-length/height) only.
   */
  public List<Risk> risksSince(GrowthMeasurement previous) {
    List<Risk> risks = new ArrayList<>();
    if (newRisk(lhfaClass, previous == null ? null : previous.lhfaClass)) {
      risks.add(new Risk(Indicator.LENGTH_HEIGHT_FOR_AGE, lhfaClass));
    }
    if (newRisk(wflhClass, previous == null ? null : previous.wflhClass)) {
      risks.add(new Risk(Indicator.WEIGHT_FOR_LENGTH_HEIGHT, wflhClass));
    }
    return risks;
  }

  /**
   * Stunted or wasted now, and not at least as bad at the previous measurement: newly in, or moved
   * to the severe class. Staying in the same class, or improving, is not news.
   */
  static boolean newRisk(GrowthClass now, GrowthClass before) {
    if (now == null || !isRisk(now)) {
      return false;
    }
    if (before == null || !isRisk(before)) {
      return true;
    }
    return severity(now) > severity(before);
  }

  private static boolean isRisk(GrowthClass c) {
    return c == GrowthClass.STUNTED
        || c == GrowthClass.SEVERELY_STUNTED
        || c == GrowthClass.WASTED
        || c == GrowthClass.SEVERELY_WASTED;
  }

  private static int severity(GrowthClass c) {
    return c == GrowthClass.SEVERELY_STUNTED || c == GrowthClass.SEVERELY_WASTED ? 2 : 1;
  }
}
