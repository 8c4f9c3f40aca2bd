package id.go.okikab.health.service;

import id.go.okikab.health.api.ChildApi.GrowthView;
import id.go.okikab.health.api.ChildApi.RecordGrowth;
import id.go.okikab.health.domain.Child;
import id.go.okikab.health.domain.GrowthMeasurement;
import id.go.okikab.health.domain.HealthFacility;
import id.go.okikab.health.domain.growth.Anthropometry;
import id.go.okikab.health.domain.growth.GrowthClass;
import id.go.okikab.health.domain.growth.GrowthStandards;
import id.go.okikab.health.domain.growth.IndexResult;
import id.go.okikab.health.domain.growth.Indicator;
import id.go.okikab.health.messaging.KiaEvents;
import id.go.okikab.health.repository.ChildRepository;
import id.go.okikab.health.repository.GrowthMeasurementRepository;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Growth monitoring: a measurement gets its z-scores and Permenkes 2/2020 classes; a child newly
 * stunted or wasted (or moving to the severe class) publishes {@code GrowthRiskDetected}.
 */
@ApplicationScoped
public class GrowthService {

  private final GrowthMeasurementRepository measurements;
  private final ChildRepository children;
  private final ChildService childService;
  private final Anthropometry anthropometry;
  private final KiaEvents events;
  private final Access access;
  private final CallerIdentity caller;
  private final Clock clock;

  public GrowthService(
      GrowthMeasurementRepository measurements,
      ChildRepository children,
      ChildService childService,
      Anthropometry anthropometry,
      KiaEvents events,
      Access access,
      CallerIdentity caller,
      Clock clock) {
    this.measurements = measurements;
    this.children = children;
    this.childService = childService;
    this.anthropometry = anthropometry;
    this.events = events;
    this.access = access;
    this.caller = caller;
    this.clock = clock;
  }

  @Transactional
  public List<GrowthView> list(UUID childId) {
    Child c = childService.readable(childId);
    return measurements.list("childId", Sort.by("measuredOn").and("recordedAt"), c.id).stream()
        .map(GrowthView::of)
        .toList();
  }

  /**
   * @throws DomainRuleViolation {@code child-record-closed}, {@code measurement-empty}, {@code
   *     position-required}, {@code measured-in-future}, {@code measured-before-birth}, {@code
   *     child-over-five}
   */
  @Transactional
  public GrowthView record(UUID childId, RecordGrowth request) {
    Child c =
        children
            .findByIdOptional(childId)
            .orElseThrow(() -> new NotFoundProblem("child record", childId));
    HealthFacility facility = access.requireOfficerFor(c.kecamatanCode, c.facilityCode);
    if (!c.isActive()) {
      throw new DomainRuleViolation(
          "child-record-closed", "This child's record is closed (" + c.closedReason + ").");
    }
    if (request.weightKg() == null
        && request.lengthCm() == null
        && request.headCircumferenceCm() == null) {
      throw new DomainRuleViolation(
          "measurement-empty",
          "Give at least one of weightKg, lengthCm (with position), headCircumferenceCm.",
          "weightKg");
    }
    if (request.lengthCm() != null && request.position() == null) {
      throw new DomainRuleViolation(
          "position-required",
          "Say whether the length/height was measured LYING or STANDING (the 0.7 cm rule).",
          "position");
    }
    if (request.lengthCm() == null && request.position() != null) {
      throw new DomainRuleViolation(
          "position-without-length", "A position needs a lengthCm.", "position");
    }
    LocalDate today = LocalDate.now(clock);
    if (request.measuredOn().isAfter(today)) {
      throw new DomainRuleViolation(
          "measured-in-future",
          "A measurement cannot be recorded before it is taken.",
          "measuredOn");
    }
    if (request.measuredOn().isBefore(c.birthDate)) {
      throw new DomainRuleViolation(
          "measured-before-birth",
          "A measurement cannot be before the child's birth.",
          "measuredOn");
    }
    int age = c.ageDays(request.measuredOn());
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
                c.sex,
                age,
                request.weightKg() == null ? null : request.weightKg().doubleValue(),
                request.lengthCm() == null ? null : request.lengthCm().doubleValue(),
                request.position(),
                request.headCircumferenceCm() == null
                    ? null
                    : request.headCircumferenceCm().doubleValue()));

    Optional<GrowthMeasurement> previous =
        measurements
            .find(
                "childId = ?1 and measuredOn <= ?2",
                Sort.descending("measuredOn").and("recordedAt", Sort.Direction.Descending),
                c.id,
                request.measuredOn())
            .firstResultOptional();

    GrowthMeasurement m = new GrowthMeasurement();
    m.id = UUID.randomUUID();
    m.childId = c.id;
    m.measuredOn = request.measuredOn();
    m.ageDays = age;
    m.weightKg = request.weightKg();
    m.lengthCm = request.lengthCm();
    m.position = request.position();
    m.adjustedLengthCm =
        a.adjustedLengthCm() == null
            ? null
            : BigDecimal.valueOf(a.adjustedLengthCm()).setScale(1, RoundingMode.HALF_UP);
    m.headCircumferenceCm = request.headCircumferenceCm();
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
    m.facilityCode = facility.code;
    m.recordedAt = OffsetDateTime.now(clock);
    m.recordedBy = caller.actorId();
    measurements.persist(m);
    measurements.flush();

    events.growthAssessed(c, m.lhfaClass, m.wflhClass, m.measuredOn, facility.code);
    GrowthClass previousStunting = previous.map(p -> p.lhfaClass).orElse(null);
    GrowthClass previousWasting = previous.map(p -> p.wflhClass).orElse(null);
    if (newRisk(m.lhfaClass, previousStunting)) {
      events.growthRisk(
          c, Indicator.LENGTH_HEIGHT_FOR_AGE, m.lhfaClass, m.measuredOn, facility.code);
    }
    if (newRisk(m.wflhClass, previousWasting)) {
      events.growthRisk(
          c, Indicator.WEIGHT_FOR_LENGTH_HEIGHT, m.wflhClass, m.measuredOn, facility.code);
    }
    return GrowthView.of(m);
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
