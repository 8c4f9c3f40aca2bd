package id.go.okikab.health.service;

import id.go.okikab.health.domain.AncContact;
import id.go.okikab.health.domain.Attendant;
import id.go.okikab.health.domain.BirthOutcome;
import id.go.okikab.health.domain.DeliveryBaby;
import id.go.okikab.health.domain.DeliveryPlace;
import id.go.okikab.health.domain.PostnatalVisit;
import id.go.okikab.health.domain.Pregnancy;
import id.go.okikab.health.domain.PregnancyRiskFactor;
import id.go.okikab.health.domain.RiskSource;
import id.go.okikab.health.domain.anc.AncSchedule;
import id.go.okikab.health.domain.anc.RiskClass;
import id.go.okikab.health.domain.anc.RiskFactor;
import id.go.okikab.health.domain.postnatal.VisitKind;
import id.go.okikab.health.domain.postnatal.VisitStatus;
import id.go.okikab.platform.domain.Sex;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * What the pregnancy use cases answer: records of the KIA record as officers and the mother see it.
 * Date-times are shown in the platform's zone (WIB, +07:00).
 */
public final class PregnancyViews {

  private PregnancyViews() {}

  /** A stored instant at the zone's offset (null stays null). */
  public static OffsetDateTime local(OffsetDateTime t, ZoneId zone) {
    return t == null ? null : t.atZoneSameInstant(zone).toOffsetDateTime();
  }

  /** Gestational age on a day. */
  public record GestationalAge(LocalDate on, int weeks, int days, int trimester) {}

  /** A recorded risk factor and its points. */
  public record RiskFactorView(
      RiskFactor factor, int points, RiskSource source, OffsetDateTime recordedAt) {
    static RiskFactorView of(PregnancyRiskFactor f, ZoneId zone) {
      return new RiskFactorView(f.factor, f.points, f.source, local(f.recordedAt, zone));
    }
  }

  /** KSPR score and class with the factors behind them. */
  public record RiskView(int ksprScore, RiskClass riskClass, List<RiskFactorView> factors) {
    public static RiskView of(Pregnancy p, ZoneId zone) {
      return new RiskView(
          p.ksprScore,
          p.riskClass,
          p.riskFactors.stream().map(f -> RiskFactorView.of(f, zone)).toList());
    }
  }

  /** A slot of the minimum ANC schedule. */
  public record AncSlotView(
      String slot,
      int trimester,
      LocalDate windowStart,
      LocalDate windowEnd,
      boolean doctorRequired,
      AncSchedule.Status status,
      Integer contactNumber,
      LocalDate visitDate,
      Boolean withDoctor) {
    public static AncSlotView of(AncSchedule.Slot s) {
      return new AncSlotView(
          s.slot(),
          s.trimester(),
          s.windowStart(),
          s.windowEnd(),
          s.doctorRequired(),
          s.status(),
          s.contactNumber(),
          s.visitDate(),
          s.withDoctor());
    }
  }

  /** An ANC contact with its measurements. */
  public record AncContactView(
      UUID id,
      int contactNumber,
      LocalDate visitDate,
      int gestationalWeeks,
      int trimester,
      boolean withDoctor,
      String facilityCode,
      BigDecimal weightKg,
      Integer systolicMmHg,
      Integer diastolicMmHg,
      BigDecimal lilaCm,
      BigDecimal hbGramsPerDecilitre,
      BigDecimal fundalHeightCm,
      String notes,
      OffsetDateTime recordedAt) {
    public static AncContactView of(AncContact c, ZoneId zone) {
      return new AncContactView(
          c.id,
          c.contactNumber,
          c.visitDate,
          c.gestationalDays / 7,
          c.trimester,
          c.withDoctor,
          c.facilityCode,
          c.weightKg,
          c.systolicMmHg,
          c.diastolicMmHg,
          c.lilaCm,
          c.hbGramsPerDecilitre,
          c.fundalHeightCm,
          c.notes,
          local(c.recordedAt, zone));
    }
  }

  /** The answer to a recorded contact: the contact and the pregnancy's risk after it. */
  public record AncContactRecordedView(AncContactView contact, RiskView risk) {}

  /** A KF or KN visit and its window. */
  public record VisitView(
      VisitKind kind,
      UUID childId,
      OffsetDateTime windowStart,
      OffsetDateTime windowEnd,
      VisitStatus status,
      OffsetDateTime visitedAt,
      String facilityCode) {
    public static VisitView of(PostnatalVisit v, OffsetDateTime now, ZoneId zone) {
      return new VisitView(
          v.kind,
          v.childId,
          local(v.windowStart, zone),
          local(v.windowEnd, zone),
          v.status(now),
          local(v.visitedAt, zone),
          v.facilityCode);
    }
  }

  /** A baby of a recorded delivery. */
  public record BabyView(
      int birthOrder,
      UUID childId,
      OffsetDateTime bornAt,
      BirthOutcome outcome,
      Sex sex,
      int weightGrams,
      int lengthMillimetres) {
    public static BabyView of(DeliveryBaby b, ZoneId zone) {
      return new BabyView(
          b.birthOrder,
          b.childId,
          local(b.bornAt, zone),
          b.outcome,
          b.sex,
          b.weightGrams,
          b.lengthMm);
    }
  }

  /** The delivery of a pregnancy. */
  public record DeliveryView(
      UUID pregnancyId,
      OffsetDateTime deliveredAt,
      int gestationalWeeks,
      DeliveryPlace place,
      String facilityCode,
      String desaCode,
      Attendant attendant,
      boolean pretermLiveBirthConfirmed,
      List<BabyView> babies,
      List<VisitView> postnatalVisits) {}

  /** A pregnancy record as officers and the mother see it. */
  public record PregnancyView(
      UUID id,
      String motherRef,
      String facilityCode,
      String desaCode,
      String kohortNumber,
      Pregnancy.Status status,
      LocalDate hpht,
      LocalDate dueDate,
      GestationalAge gestationalAge,
      int motherAgeYears,
      int gravida,
      int parity,
      LocalDate lastBirthDate,
      BigDecimal heightCm,
      RiskView risk,
      int ancContactCount,
      List<AncSlotView> ancSchedule,
      AncSlotView nextAncContact,
      DeliveryView delivery,
      String closedReason,
      LocalDate closedOn,
      OffsetDateTime registeredAt,
      long version) {}

  /** A line of a list of pregnancies. */
  public record PregnancySummary(
      UUID id,
      String motherRef,
      String facilityCode,
      String desaCode,
      String kohortNumber,
      Pregnancy.Status status,
      LocalDate hpht,
      LocalDate dueDate,
      RiskClass riskClass,
      int ancContactCount,
      OffsetDateTime registeredAt) {
    public static PregnancySummary of(Pregnancy p, ZoneId zone) {
      return new PregnancySummary(
          p.id,
          p.motherRef,
          p.facilityCode,
          p.desaCode,
          p.kohortNumber,
          p.status,
          p.hpht,
          p.dueDate,
          p.riskClass,
          p.ancContactCount,
          local(p.registeredAt, zone));
    }
  }
}
