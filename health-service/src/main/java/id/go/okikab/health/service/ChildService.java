package id.go.okikab.health.service;

import id.go.okikab.health.api.ChildApi.ChildSummary;
import id.go.okikab.health.api.ChildApi.ChildView;
import id.go.okikab.health.api.ChildApi.GrowthView;
import id.go.okikab.health.api.ChildApi.ImmunizationScheduleView;
import id.go.okikab.health.api.PregnancyApi;
import id.go.okikab.health.api.PregnancyApi.RecordVisit;
import id.go.okikab.health.api.PregnancyApi.VisitView;
import id.go.okikab.health.domain.Child;
import id.go.okikab.health.domain.HealthFacility;
import id.go.okikab.health.repository.ChildRepository;
import id.go.okikab.health.repository.GrowthMeasurementRepository;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.paging.Pages;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.ForbiddenProblem;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Children's records: lists and views (with the next vaccines, the neonatal visits and the latest
 * growth), the immunisation schedule, neonatal visits. Officers see their area; parents (mother or
 * father by subjectRef) see their children. Every read is audited.
 */
@ApplicationScoped
public class ChildService {

  /** The resource type in problem details: unknown and someone else's records read alike. */
  static final String CHILD = "child record";

  private final ChildRepository children;
  private final GrowthMeasurementRepository growth;
  private final ImmunizationService immunizations;
  private final PostnatalService postnatal;
  private final Access access;
  private final CallerIdentity caller;
  private final Clock clock;

  public ChildService(
      ChildRepository children,
      GrowthMeasurementRepository growth,
      ImmunizationService immunizations,
      PostnatalService postnatal,
      Access access,
      CallerIdentity caller,
      Clock clock) {
    this.children = children;
    this.growth = growth;
    this.immunizations = immunizations;
    this.postnatal = postnatal;
    this.access = access;
    this.caller = caller;
    this.clock = clock;
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
      access.audit(Access.CHILD_RECORD, c.id, ImmunizationService.subjectOf(c), own);
    }
    return page.map(ChildSummary::of);
  }

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
            .map(GrowthView::of)
            .orElse(null);
    return new ChildView(
        c.id,
        c.pregnancyId,
        c.motherRef,
        c.childRef,
        c.childRef != null,
        c.sex,
        c.birthDate,
        PregnancyApi.wib(c.bornAt),
        c.ageDays(today),
        c.birthWeightGrams,
        c.birthLengthMm,
        c.facilityCode,
        c.desaCode,
        c.origin,
        c.status,
        c.closedOn,
        immunizations.basicOf(c),
        immunizations.nextVaccines(c),
        postnatal.ofChild(c.id),
        latest,
        c.version);
  }

  @Transactional
  public ImmunizationScheduleView schedule(UUID id) {
    return immunizations.scheduleOf(readable(id));
  }

  @Transactional
  public List<VisitView> neonatalVisits(UUID id) {
    return postnatal.ofChild(readable(id).id);
  }

  @Transactional
  public VisitView recordNeonatalVisit(UUID id, RecordVisit request) {
    Child c = find(id);
    HealthFacility facility = access.requireOfficerFor(c.kecamatanCode, c.facilityCode);
    if (c.pregnancyId == null) {
      throw new DomainRuleViolation(
          "visit-not-planned",
          "Neonatal visits follow a delivery recorded here; this record came from the civil"
              + " registry.",
          "kind");
    }
    return postnatal.record(c.pregnancyId, c.id, request, facility, caller.actorId());
  }

  /** Loads a child the caller may read, and audits the read. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Child readable(UUID id) {
    Child c = find(id);
    boolean own = access.requireReader(CHILD, c.id, c.kecamatanCode, c.facilityCode, c::isPersonOf);
    access.audit(Access.CHILD_RECORD, c.id, ImmunizationService.subjectOf(c), own);
    return c;
  }

  Child find(UUID id) {
    return children.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(CHILD, id));
  }
}
