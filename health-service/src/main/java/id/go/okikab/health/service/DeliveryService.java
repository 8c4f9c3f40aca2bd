package id.go.okikab.health.service;

import id.go.okikab.health.domain.Child;
import id.go.okikab.health.domain.DeliveryBaby;
import id.go.okikab.health.domain.DeliveryPlace;
import id.go.okikab.health.domain.HealthFacility;
import id.go.okikab.health.domain.Pregnancy;
import id.go.okikab.health.messaging.KiaEvents;
import id.go.okikab.health.repository.ChildRepository;
import id.go.okikab.health.repository.DeliveryBabyRepository;
import id.go.okikab.health.repository.PregnancyRepository;
import id.go.okikab.health.service.PregnancyCommands.BabyInput;
import id.go.okikab.health.service.PregnancyCommands.RecordDelivery;
import id.go.okikab.health.service.PregnancyViews.BabyView;
import id.go.okikab.health.service.PregnancyViews.DeliveryView;
import id.go.okikab.platform.web.precondition.Preconditions;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.ProblemException;
import id.go.okikab.platform.web.region.OkiDesaCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The delivery of a pregnancy: the pregnancy is delivered ({@link Pregnancy#deliver}), each
 * live-born baby gets a child record with its immunisation schedule and KN1–KN3, the mother
 * KF1–KF4, and one {@code BirthReported} per baby goes to the civil registry.
 */
@ApplicationScoped
public class DeliveryService {

  private final PregnancyRepository pregnancies;
  private final ChildRepository children;
  private final DeliveryBabyRepository deliveryBabies;
  private final FacilityService facilities;
  private final ImmunizationSchedules schedules;
  private final PostnatalService postnatal;
  private final PregnancyService views;
  private final KiaEvents events;
  private final Access access;
  private final Clock clock;
  private final ZoneId zone;

  public DeliveryService(
      PregnancyRepository pregnancies,
      ChildRepository children,
      DeliveryBabyRepository deliveryBabies,
      FacilityService facilities,
      ImmunizationSchedules schedules,
      PostnatalService postnatal,
      PregnancyService views,
      KiaEvents events,
      Access access,
      Clock clock,
      ZoneId zone) {
    this.pregnancies = pregnancies;
    this.children = children;
    this.deliveryBabies = deliveryBabies;
    this.facilities = facilities;
    this.schedules = schedules;
    this.postnatal = postnatal;
    this.views = views;
    this.events = events;
    this.access = access;
    this.clock = clock;
    this.zone = zone;
  }

  /**
   * Records the delivery, a change of the pregnancy's own state (ongoing → delivered): {@code
   * If-Match} names the version read.
   *
   * @return the delivery, and the pregnancy's version after it
   * @throws ProblemException 428 without {@code If-Match}, 412 when it is stale
   * @throws DomainRuleViolation {@code unknown-facility}, the desa rules, and those of {@link
   *     Pregnancy#deliver}
   */
  @Transactional
  public Versioned<DeliveryView> deliver(UUID id, String ifMatch, RecordDelivery request) {
    Pregnancy p = pregnancies.require(id);
    HealthFacility officer = access.requireOfficerFor(p.kecamatanCode, p.facilityCode);
    Preconditions.requireIfMatch(ifMatch, p.version);
    String facilityCode = request.facilityCode();
    if (request.place() == DeliveryPlace.HEALTH_FACILITY && facilityCode == null) {
      facilityCode = officer.code;
    }
    if (facilityCode != null) {
      facilities.requireActive(facilityCode, "facilityCode");
    }
    String desa =
        request.desaCode() != null
            ? OkiDesaCodes.requireKnown(request.desaCode(), "desaCode")
            : p.desaCode;
    List<Pregnancy.Baby> babies = new ArrayList<>();
    for (BabyInput b : request.babies()) {
      babies.add(
          new Pregnancy.Baby(
              b.bornAt(), b.outcome(), b.sex(), b.weightGrams(), b.lengthMillimetres()));
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    Pregnancy.Delivered delivered =
        p.deliver(
            new Pregnancy.Delivery(
                babies,
                request.place(),
                facilityCode,
                desa,
                request.attendant(),
                Boolean.TRUE.equals(request.pretermLiveBirthConfirmed())),
            now);
    pregnancies.flush();

    List<Child> liveBorn = new ArrayList<>();
    for (DeliveryBaby baby : delivered.babies()) {
      if (baby.isLiveBirth()) {
        Child child = baby.openChildRecord(p, zone, now);
        children.persist(child);
        liveBorn.add(child);
      }
      deliveryBabies.persist(baby);
    }
    children.flush();
    for (Child child : liveBorn) {
      schedules.ensureSchedule(child);
    }
    postnatal.plan(p, liveBorn);
    for (DeliveryBaby baby : delivered.babies()) {
      events.birthReported(p, baby, p.reportingFacility(), desa);
    }
    pregnancies.flush();
    return new Versioned<>(
        views.deliveryView(p, delivered.babies().stream().map(b -> BabyView.of(b, zone)).toList()),
        p.version);
  }
}
