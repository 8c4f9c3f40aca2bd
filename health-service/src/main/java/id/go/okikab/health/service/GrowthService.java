package id.go.okikab.health.service;

import id.go.okikab.health.domain.Child;
import id.go.okikab.health.domain.GrowthMeasurement;
import id.go.okikab.health.domain.HealthFacility;
import id.go.okikab.health.domain.growth.Anthropometry;
import id.go.okikab.health.messaging.KiaEvents;
import id.go.okikab.health.repository.ChildRepository;
import id.go.okikab.health.repository.GrowthMeasurementRepository;
import id.go.okikab.health.service.ChildCommands.RecordGrowth;
import id.go.okikab.health.service.ChildViews.GrowthView;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Growth monitoring: a measurement gets its z-scores and Permenkes 2/2020 classes ({@link
 * GrowthMeasurement#record}) and publishes {@code GrowthAssessed}; a child newly stunted or wasted
 * (or moving to the severe class) also publishes {@code GrowthRiskDetected}.
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
  private final ZoneId zone;

  public GrowthService(
      GrowthMeasurementRepository measurements,
      ChildRepository children,
      ChildService childService,
      Anthropometry anthropometry,
      KiaEvents events,
      Access access,
      CallerIdentity caller,
      Clock clock,
      ZoneId zone) {
    this.measurements = measurements;
    this.children = children;
    this.childService = childService;
    this.anthropometry = anthropometry;
    this.events = events;
    this.access = access;
    this.caller = caller;
    this.clock = clock;
    this.zone = zone;
  }

  @Transactional
  public List<GrowthView> list(UUID childId) {
    Child c = childService.readable(childId);
    return measurements.list("childId", Sort.by("measuredOn").and("recordedAt"), c.id).stream()
        .map(m -> GrowthView.of(m, zone))
        .toList();
  }

  /**
   * @throws DomainRuleViolation the rules of {@link GrowthMeasurement#record}
   */
  @Transactional
  public GrowthView record(UUID childId, RecordGrowth request) {
    Child c = children.require(childId);
    HealthFacility facility = access.requireOfficerFor(c.kecamatanCode, c.facilityCode);
    GrowthMeasurement m =
        GrowthMeasurement.record(
            c,
            new GrowthMeasurement.Input(
                request.measuredOn(),
                request.weightKg(),
                request.lengthCm(),
                request.position(),
                request.headCircumferenceCm()),
            anthropometry,
            facility.code,
            LocalDate.now(clock),
            OffsetDateTime.now(clock),
            caller.actorId());
    GrowthMeasurement previous =
        measurements
            .find(
                "childId = ?1 and measuredOn <= ?2",
                Sort.descending("measuredOn").and("recordedAt", Sort.Direction.Descending),
                c.id,
                m.measuredOn)
            .firstResult();
    measurements.persist(m);
    measurements.flush();
    events.growthAssessed(c, m.lhfaClass, m.wflhClass, m.measuredOn, facility.code);
    for (GrowthMeasurement.Risk risk : m.risksSince(previous)) {
      events.growthRisk(c, risk.indicator(), risk.growthClass(), m.measuredOn, facility.code);
    }
    return GrowthView.of(m, zone);
  }
}
