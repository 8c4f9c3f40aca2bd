package id.go.okikab.health.service;

import id.go.okikab.health.domain.Child;
import id.go.okikab.health.domain.HealthFacility;
import id.go.okikab.health.domain.Immunization;
import id.go.okikab.health.domain.VaccineDose;
import id.go.okikab.health.domain.immunization.BasicImmunization;
import id.go.okikab.health.messaging.KiaEvents;
import id.go.okikab.health.repository.ChildRepository;
import id.go.okikab.health.repository.ImmunizationRepository;
import id.go.okikab.health.service.ChildCommands.RecordDose;
import id.go.okikab.health.service.ChildViews.BasicImmunizationView;
import id.go.okikab.health.service.ChildViews.DoseView;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.problem.ConflictProblem;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Recording a dose given to a child: checked by {@link Child#giveDose} against the national
 * schedule's minimum age, interval and maximum age; publishes {@code ImmunizationGiven}, and {@code
 * BasicImmunizationCompleted} when it completes "Imunisasi Dasar Lengkap".
 */
@ApplicationScoped
public class ImmunizationService {

  private final ImmunizationRepository doses;
  private final ChildRepository children;
  private final ScheduleCatalog schedule;
  private final ImmunizationSchedules schedules;
  private final KiaEvents events;
  private final Access access;
  private final CallerIdentity caller;
  private final Clock clock;

  public ImmunizationService(
      ImmunizationRepository doses,
      ChildRepository children,
      ScheduleCatalog schedule,
      ImmunizationSchedules schedules,
      KiaEvents events,
      Access access,
      CallerIdentity caller,
      Clock clock) {
    this.doses = doses;
    this.children = children;
    this.schedule = schedule;
    this.schedules = schedules;
    this.events = events;
    this.access = access;
    this.caller = caller;
    this.clock = clock;
  }

  /**
   * Records a dose given to a child (health officer of the child's area).
   *
   * @throws DomainRuleViolation {@code child-record-closed}, {@code unknown-vaccine}, and those of
   *     {@link Child#giveDose}
   * @throws ConflictProblem when the dose is already recorded
   */
  @Transactional
  public DoseView record(UUID childId, RecordDose request) {
    // one dose recording per child at a time: two midwives recording the same dose do not both win
    Child child = children.requireLocked(childId);
    HealthFacility facility = access.requireOfficerFor(child.kecamatanCode, child.facilityCode);
    child.requireActive();
    String vaccine = request.vaccine().trim().toUpperCase(Locale.ROOT);
    List<VaccineDose> series = schedule.series(vaccine);
    if (series.isEmpty()) {
      throw new DomainRuleViolation(
          "unknown-vaccine",
          "The national schedule has no vaccine with this code (see /api/v1/immunization-schedule).",
          "vaccine");
    }
    schedules.ensureSchedule(child);
    List<Immunization> all = doses.list("childId", child.id);
    LocalDate today = LocalDate.now(clock);
    boolean basicCompleteBefore =
        schedules.basic(child, all, today).status() == BasicImmunization.Status.COMPLETE;
    Immunization given =
        child.giveDose(
            doses.list("childId = ?1 and vaccine = ?2", Sort.by("doseNo"), child.id, vaccine),
            series.stream().map(VaccineDose::toScheduled).toList(),
            request.doseNo(),
            new Child.Dose(
                request.givenOn(), facility.code, request.batchNumber(), caller.actorId()),
            all,
            today,
            OffsetDateTime.now(clock),
            schedules.graceDays());
    doses.flush();
    events.immunizationGiven(child, given);
    BasicImmunizationView basicNow = schedules.basic(child, doses.list("childId", child.id), today);
    if (!basicCompleteBefore && basicNow.status() == BasicImmunization.Status.COMPLETE) {
      events.basicImmunizationCompleted(child, basicNow.completedOn(), facility.code);
    }
    return DoseView.of(given, series.get(given.doseNo - 1), today);
  }
}
