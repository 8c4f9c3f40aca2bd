package id.go.okikab.health.messaging;

import id.go.okikab.contracts.health.AncContactRecorded;
import id.go.okikab.contracts.health.BasicImmunizationCompleted;
import id.go.okikab.contracts.health.BirthReported;
import id.go.okikab.contracts.health.GrowthAssessed;
import id.go.okikab.contracts.health.GrowthRiskDetected;
import id.go.okikab.contracts.health.HighRiskPregnancyFlagged;
import id.go.okikab.contracts.health.ImmunizationGiven;
import id.go.okikab.contracts.health.ImmunizationOverdue;
import id.go.okikab.contracts.health.PostnatalVisitMissed;
import id.go.okikab.contracts.health.PregnancyRegistered;
import id.go.okikab.health.domain.AncContact;
import id.go.okikab.health.domain.Child;
import id.go.okikab.health.domain.DeliveryBaby;
import id.go.okikab.health.domain.Immunization;
import id.go.okikab.health.domain.PostnatalVisit;
import id.go.okikab.health.domain.Pregnancy;
import id.go.okikab.health.domain.anc.RiskClass;
import id.go.okikab.health.domain.growth.GrowthClass;
import id.go.okikab.health.domain.growth.Indicator;
import id.go.okikab.platform.events.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Publishes the health service's events through the outbox, inside the caller's transaction. The
 * one place where domain objects become event records: ids, codes, classes and subjectRefs only —
 * no NIK, no name, no clinical value other than the birth weight and length of {@link
 * BirthReported}.
 */
@ApplicationScoped
public class KiaEvents {

  private final Outbox outbox;
  private final ZoneId zone;

  /**
   * @param zone the platform's zone (WIB): the date-times of the events are shown at its offset
   */
  public KiaEvents(Outbox outbox, ZoneId zone) {
    this.outbox = outbox;
    this.zone = zone;
  }

  private OffsetDateTime local(OffsetDateTime t) {
    return t.atZoneSameInstant(zone).toOffsetDateTime();
  }

  public void pregnancyRegistered(Pregnancy p, LocalDate on) {
    outbox.publish(
        new PregnancyRegistered(p.id.toString(), p.motherRef, p.facilityCode, p.desaCode, on));
  }

  public void highRisk(Pregnancy p, RiskClass riskClass, LocalDate on) {
    outbox.publish(
        new HighRiskPregnancyFlagged(
            p.id.toString(),
            p.motherRef,
            HighRiskPregnancyFlagged.RiskClass.valueOf(riskClass.name()),
            p.facilityCode,
            p.desaCode,
            on));
  }

  public void ancContactRecorded(Pregnancy p, AncContact c) {
    outbox.publish(
        new AncContactRecorded(
            p.id.toString(),
            p.motherRef,
            c.contactNumber,
            c.trimester,
            c.withDoctor,
            c.visitDate,
            c.facilityCode,
            p.desaCode));
  }

  /** One per baby: twins are two events on the pregnancy's key, in birth order. */
  public void birthReported(Pregnancy p, DeliveryBaby baby, String facilityCode, String desaCode) {
    outbox.publish(
        new BirthReported(
            p.id.toString(),
            baby.childId == null ? null : baby.childId.toString(),
            p.motherRef,
            local(baby.bornAt),
            baby.isLiveBirth()
                ? BirthReported.Outcome.LIVE_BIRTH
                : BirthReported.Outcome.STILLBIRTH,
            baby.sex,
            baby.weightGrams,
            baby.lengthMm,
            facilityCode,
            desaCode));
  }

  public void postnatalVisitMissed(Pregnancy p, PostnatalVisit v, Child child) {
    outbox.publish(
        new PostnatalVisitMissed(
            p.id.toString(),
            v.childId == null ? null : v.childId.toString(),
            p.motherRef,
            child == null ? null : child.childRef,
            PostnatalVisitMissed.Visit.valueOf(v.kind.name()),
            local(v.windowEnd),
            p.reportingFacility(),
            p.desaCode));
  }

  public void immunizationGiven(Child c, Immunization i) {
    outbox.publish(
        new ImmunizationGiven(
            c.id.toString(),
            c.childRef,
            c.motherRef,
            i.vaccine,
            i.doseNo,
            i.givenOn,
            i.givenFacilityCode,
            c.desaCode));
  }

  public void immunizationOverdue(Child c, Immunization i) {
    outbox.publish(
        new ImmunizationOverdue(
            c.id.toString(),
            c.childRef,
            c.motherRef,
            i.vaccine,
            i.doseNo,
            i.dueDate,
            i.overdueFrom,
            c.facilityCode,
            c.desaCode));
  }

  /** Every measurement: its stunting and wasting classes (absent when not classified). */
  public void growthAssessed(
      Child c, GrowthClass stunting, GrowthClass wasting, LocalDate on, String facility) {
    outbox.publish(
        new GrowthAssessed(
            c.id.toString(),
            c.childRef,
            c.motherRef,
            on,
            stunting == null ? null : stuntingOf(stunting),
            wasting == null ? null : wastingOf(wasting),
            facility,
            c.desaCode));
  }

  public void basicImmunizationCompleted(Child c, LocalDate completedOn, String facility) {
    outbox.publish(
        new BasicImmunizationCompleted(
            c.id.toString(), c.childRef, c.motherRef, completedOn, facility, c.desaCode));
  }

  private static GrowthAssessed.Stunting stuntingOf(GrowthClass g) {
    return switch (g) {
      case SEVERELY_STUNTED -> GrowthAssessed.Stunting.SEVERELY_STUNTED;
      case STUNTED -> GrowthAssessed.Stunting.STUNTED;
      case NORMAL_HEIGHT -> GrowthAssessed.Stunting.NORMAL;
      case TALL -> GrowthAssessed.Stunting.TALL;
      default -> throw new IllegalArgumentException(g + " is not a length/height-for-age class");
    };
  }

  private static GrowthAssessed.Wasting wastingOf(GrowthClass g) {
    return switch (g) {
      case SEVERELY_WASTED -> GrowthAssessed.Wasting.SEVERELY_WASTED;
      case WASTED -> GrowthAssessed.Wasting.WASTED;
      case NORMAL_NUTRITION -> GrowthAssessed.Wasting.NORMAL;
      case POSSIBLE_RISK_OF_OVERWEIGHT -> GrowthAssessed.Wasting.POSSIBLE_RISK_OF_OVERWEIGHT;
      case OVERWEIGHT -> GrowthAssessed.Wasting.OVERWEIGHT;
      case OBESE -> GrowthAssessed.Wasting.OBESE;
      default -> throw new IllegalArgumentException(g + " is not a weight-for-length/height class");
    };
  }

  public void growthRisk(
      Child c, Indicator indicator, GrowthClass growthClass, LocalDate on, String facility) {
    outbox.publish(
        new GrowthRiskDetected(
            c.id.toString(),
            c.childRef,
            c.motherRef,
            GrowthRiskDetected.Indicator.valueOf(indicator.name()),
            GrowthRiskDetected.RiskClass.valueOf(growthClass.name()),
            on,
            facility,
            c.desaCode));
  }
}
