package id.go.okikab.health.service;

import id.go.okikab.health.domain.Child;
import id.go.okikab.health.domain.HealthFacility;
import id.go.okikab.health.repository.ChildRepository;
import id.go.okikab.health.repository.GrowthMeasurementRepository;
import id.go.okikab.health.service.ChildViews.ChildSummary;
import id.go.okikab.health.service.ChildViews.ChildView;
import id.go.okikab.health.service.ChildViews.GrowthView;
import id.go.okikab.health.service.ChildViews.ImmunizationScheduleView;
import id.go.okikab.health.service.PregnancyViews.VisitView;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.paging.Pages;
import id.go.okikab.platform.web.problem.ForbiddenProblem;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The reads of children's records: lists and the record (with the next vaccines, the neonatal
 * visits and the latest growth), the immunisation schedule, the neonatal visits. Officers see their
 * area; parents (mother or father by subjectRef) and the child see the child's. Every read is
 * audited.
 */
@ApplicationScoped
public class ChildService {

  private final ChildRepository children;
  private final GrowthMeasurementRepository growth;
  private final ImmunizationSchedules schedules;
  private final PostnatalService postnatal;
  private final Access access;
  private final Clock clock;
  private final ZoneId zone;

  public ChildService(
      ChildRepository children,
      GrowthMeasurementRepository growth,
      ImmunizationSchedules schedules,
      PostnatalService postnatal,
      Access access,
      Clock clock,
      ZoneId zone) {
    this.children = children;
    this.growth = growth;
    this.schedules = schedules;
    this.postnatal = postnatal;
    this.access = access;
    this.clock = clock;
    this.zone = zone;
  }

  @Transactional
  public Page<ChildSummary> list(Child.Status status, PageRequest paging) {
    Sort newest = Sort.descending("birthDate").and("id");
    Page<Child> page;
    boolean own;
    Optional<String> me = access.citizenRef();
    if (access.isOfficer()) {
      HealthFacility f = access.officerFacility();
      String query = "(kecamatanCode = ?1 or facilityCode = ?2)";
      page =
          status == null
              ? Pages.of(children.find(query, newest, f.kecamatanCode, f.code), paging, c -> c)
              : Pages.of(
                  children.find(
                      query + " and status = ?3", newest, f.kecamatanCode, f.code, status),
                  paging,
                  c -> c);
      own = false;
    } else if (me.isPresent()) {
      String query = "(motherRef = ?1 or fatherRef = ?1 or childRef = ?1)";
      page =
          status == null
              ? Pages.of(children.find(query, newest, me.get()), paging, c -> c)
              : Pages.of(
                  children.find(query + " and status = ?2", newest, me.get(), status),
                  paging,
                  c -> c);
      own = true;
    } else {
      throw new ForbiddenProblem("Citizens need a NIK on their account to see their records.");
    }
    for (Child c : page.items()) {
      access.audit(Access.CHILD_RECORD, c.id, c.auditSubject(), own);
    }
    return page.map(ChildSummary::of);
  }

  /** The record with what is next; {@code version} is its ETag. */
  @Transactional
  public ChildView get(UUID id) {
    Child c = readable(id);
    LocalDate today = LocalDate.now(clock);
    GrowthView latest =
        growth
            .find(
                "childId",
                Sort.descending("measuredOn").and("recordedAt", Sort.Direction.Descending),
                c.id)
            .firstResultOptional()
            .map(m -> GrowthView.of(m, zone))
            .orElse(null);
    return new ChildView(
        c.id,
        c.pregnancyId,
        c.motherRef,
        c.childRef,
        c.childRef != null,
        c.sex,
        c.birthDate,
        PregnancyViews.local(c.bornAt, zone),
        c.ageDays(today),
        c.birthWeightGrams,
        c.birthLengthMm,
        c.facilityCode,
        c.desaCode,
        c.origin,
        c.status,
        c.closedOn,
        schedules.basicOf(c),
        schedules.nextVaccines(c),
        postnatal.ofChild(c.id),
        latest,
        c.version);
  }

  @Transactional
  public ImmunizationScheduleView schedule(UUID id) {
    return schedules.scheduleOf(readable(id));
  }

  @Transactional
  public List<VisitView> neonatalVisits(UUID id) {
    return postnatal.ofChild(readable(id).id);
  }

  /** Loads a child the caller may read (its officers, parents, the child), and audits the read. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Child readable(UUID id) {
    Child c = children.require(id);
    boolean own =
        access.requireReader(
            ChildRepository.RESOURCE, c.id, c.kecamatanCode, c.facilityCode, c::isPersonOf);
    access.audit(Access.CHILD_RECORD, c.id, c.auditSubject(), own);
    return c;
  }
}
