package id.go.okikab.health.service;

import id.go.okikab.health.domain.Child;
import id.go.okikab.health.domain.GrowthMeasurement;
import id.go.okikab.health.domain.Immunization;
import id.go.okikab.health.domain.VaccineDose;
import id.go.okikab.health.domain.growth.GrowthClass;
import id.go.okikab.health.domain.growth.IndexResult;
import id.go.okikab.health.domain.growth.Indicator;
import id.go.okikab.health.domain.growth.Position;
import id.go.okikab.health.domain.immunization.BasicImmunization;
import id.go.okikab.health.domain.immunization.DoseRules;
import id.go.okikab.health.service.PregnancyViews.VisitView;
import id.go.okikab.platform.domain.Sex;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the child use cases answer ({@code /api/v1/children}, {@code /api/v1/immunizations}): the
 * child's record, schedule, growth, due lists. Date-times in the platform's zone.
 */
public final class ChildViews {

  private ChildViews() {}

  /** A dose of a child's schedule. */
  public record DoseView(
      String vaccine,
      int doseNo,
      String label,
      boolean basic,
      DoseRules.Status status,
      LocalDate eligibleFrom,
      LocalDate dueDate,
      LocalDate overdueFrom,
      LocalDate expiresOn,
      LocalDate givenOn,
      String givenFacilityCode,
      String batchNumber) {
    public static DoseView of(Immunization i, VaccineDose d, LocalDate today) {
      return new DoseView(
          i.vaccine,
          i.doseNo,
          d.label,
          d.basic,
          DoseRules.status(i.dates(), i.givenOn, today),
          i.eligibleFrom,
          i.dueDate,
          i.overdueFrom,
          i.expiresOn,
          i.givenOn,
          i.givenFacilityCode,
          i.batchNumber);
    }
  }

  /** "Imunisasi Dasar Lengkap". */
  public record BasicImmunizationView(
      BasicImmunization.Status status, LocalDate completedOn, int given, int required) {
    public static BasicImmunizationView of(BasicImmunization.Result r) {
      return new BasicImmunizationView(r.status(), r.completedOn(), r.given(), r.required());
    }
  }

  /** A child's immunisation schedule. */
  public record ImmunizationScheduleView(
      UUID childId, BasicImmunizationView basicImmunization, List<DoseView> doses) {}

  /** One index of a measurement. */
  public record IndexView(
      Indicator indicator,
      String label,
      IndexResult.Status status,
      BigDecimal z,
      GrowthClass growthClass,
      String classLabel) {
    static IndexView of(
        Indicator indicator, IndexResult.Status status, BigDecimal z, GrowthClass c) {
      return new IndexView(
          indicator, indicator.label(), status, z, c, c == null ? null : c.label());
    }
  }

  /** A growth measurement with its z-scores and classes. */
  public record GrowthView(
      UUID id,
      LocalDate measuredOn,
      int ageDays,
      BigDecimal weightKg,
      BigDecimal lengthCm,
      Position position,
      BigDecimal adjustedLengthCm,
      BigDecimal headCircumferenceCm,
      List<IndexView> indices,
      OffsetDateTime recordedAt) {
    public static GrowthView of(GrowthMeasurement m, ZoneId zone) {
      List<IndexView> indices = new ArrayList<>();
      indices.add(IndexView.of(Indicator.WEIGHT_FOR_AGE, m.wfaStatus, m.wfaZ, m.wfaClass));
      indices.add(
          IndexView.of(Indicator.LENGTH_HEIGHT_FOR_AGE, m.lhfaStatus, m.lhfaZ, m.lhfaClass));
      indices.add(
          IndexView.of(Indicator.WEIGHT_FOR_LENGTH_HEIGHT, m.wflhStatus, m.wflhZ, m.wflhClass));
      indices.add(IndexView.of(Indicator.BMI_FOR_AGE, m.bmifaStatus, m.bmifaZ, m.bmifaClass));
      indices.add(IndexView.of(Indicator.HEAD_CIRCUMFERENCE_FOR_AGE, m.hcfaStatus, m.hcfaZ, null));
      return new GrowthView(
          m.id,
          m.measuredOn,
          m.ageDays,
          m.weightKg,
          m.lengthCm,
          m.position,
          m.adjustedLengthCm,
          m.headCircumferenceCm,
          indices,
          PregnancyViews.local(m.recordedAt, zone));
    }
  }

  /** A child's record with what is next: vaccines due, neonatal visits, the latest growth. */
  public record ChildView(
      UUID id,
      UUID pregnancyId,
      String motherRef,
      String childRef,
      boolean linkedToCivilRegistry,
      Sex sex,
      LocalDate birthDate,
      OffsetDateTime bornAt,
      int ageDays,
      Integer birthWeightGrams,
      Integer birthLengthMm,
      String facilityCode,
      String desaCode,
      Child.Origin origin,
      Child.Status status,
      LocalDate closedOn,
      BasicImmunizationView basicImmunization,
      List<DoseView> nextVaccines,
      List<VisitView> neonatalVisits,
      GrowthView latestGrowth,
      long version) {}

  /** A line of a list of children. */
  public record ChildSummary(
      UUID id,
      Sex sex,
      LocalDate birthDate,
      String desaCode,
      String facilityCode,
      boolean linkedToCivilRegistry,
      Child.Status status) {
    public static ChildSummary of(Child c) {
      return new ChildSummary(
          c.id, c.sex, c.birthDate, c.desaCode, c.facilityCode, c.childRef != null, c.status);
    }
  }

  /** A dose on a due list. */
  public record DueDose(
      String vaccine,
      int doseNo,
      String label,
      DoseRules.Status status,
      LocalDate dueDate,
      LocalDate overdueFrom,
      LocalDate expiresOn) {}

  /** A child on a due list, with the doses due or overdue on the list's date. */
  public record DueChild(
      UUID childId,
      Sex sex,
      LocalDate birthDate,
      int ageDays,
      String desaCode,
      String facilityCode,
      List<DueDose> doses) {}
}
