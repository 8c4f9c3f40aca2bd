package id.go.okikab.health.service;

import id.go.okikab.health.domain.Child;
import id.go.okikab.health.domain.HealthFacility;
import id.go.okikab.health.domain.PostnatalVisit;
import id.go.okikab.health.domain.Pregnancy;
import id.go.okikab.health.domain.postnatal.VisitKind;
import id.go.okikab.health.repository.ChildRepository;
import id.go.okikab.health.repository.PostnatalVisitRepository;
import id.go.okikab.health.repository.PregnancyRepository;
import id.go.okikab.health.service.PregnancyCommands.RecordVisit;
import id.go.okikab.health.service.PregnancyViews.VisitView;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Postnatal (KF1–KF4, the mother) and neonatal (KN1–KN3, each live-born baby) visits: planned at
 * delivery with their windows, recorded by the midwife of the area, cancelled at a death. The
 * missed-visit events are {@link MissedVisitCheck}'s.
 */
@ApplicationScoped
public class PostnatalService {

  private final PostnatalVisitRepository visits;
  private final PregnancyRepository pregnancies;
  private final ChildRepository children;
  private final Access access;
  private final CallerIdentity caller;
  private final Clock clock;
  private final ZoneId zone;

  public PostnatalService(
      PostnatalVisitRepository visits,
      PregnancyRepository pregnancies,
      ChildRepository children,
      Access access,
      CallerIdentity caller,
      Clock clock,
      ZoneId zone) {
    this.visits = visits;
    this.pregnancies = pregnancies;
    this.children = children;
    this.access = access;
    this.caller = caller;
    this.clock = clock;
    this.zone = zone;
  }

  /** Plans KF1–KF4 from the delivery and KN1–KN3 for each live-born child. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void plan(Pregnancy pregnancy, List<Child> liveBorn) {
    for (VisitKind kind : VisitKind.values()) {
      if (kind.forMother()) {
        visits.persist(PostnatalVisit.planned(pregnancy.id, null, kind, pregnancy.deliveredAt));
      } else {
        for (Child child : liveBorn) {
          visits.persist(PostnatalVisit.planned(pregnancy.id, child.id, kind, child.bornAt));
        }
      }
    }
  }

  /** The visits of a delivery (no access check, no audit: callers do both). */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<VisitView> ofPregnancy(UUID pregnancyId) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return visits.list("pregnancyId", Sort.by("windowStart").and("kind"), pregnancyId).stream()
        .map(v -> VisitView.of(v, now, zone))
        .toList();
  }

  /** A child's KN visits (no access check, no audit: callers do both). */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<VisitView> ofChild(UUID childId) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return visits.list("childId", Sort.by("windowStart").and("kind"), childId).stream()
        .map(v -> VisitView.of(v, now, zone))
        .toList();
  }

  /**
   * Records a KF visit of the mother (health officer of the pregnancy's area).
   *
   * @throws DomainRuleViolation {@code pregnancy-not-delivered}, and those of {@link #record}
   */
  @Transactional
  public VisitView recordForMother(UUID pregnancyId, RecordVisit request) {
    Pregnancy p = pregnancies.require(pregnancyId);
    HealthFacility facility = access.requireOfficerFor(p.kecamatanCode, p.facilityCode);
    p.requireDelivered();
    return record(p.id, null, request, facility);
  }

  /**
   * Records a KN visit of a newborn (health officer of the child's area).
   *
   * @throws DomainRuleViolation {@code visit-not-planned} for a record from the civil registry (no
   *     delivery here), and those of {@link #record}
   */
  @Transactional
  public VisitView recordForChild(UUID childId, RecordVisit request) {
    Child c = children.require(childId);
    HealthFacility facility = access.requireOfficerFor(c.kecamatanCode, c.facilityCode);
    if (c.pregnancyId == null) {
      throw new DomainRuleViolation(
          "visit-not-planned",
          "Neonatal visits follow a delivery recorded here; this record came from the civil"
              + " registry.",
          "kind");
    }
    return record(c.pregnancyId, c.id, request, facility);
  }

  /**
   * @throws DomainRuleViolation {@code visit-kind-mismatch}, {@code visit-not-planned}, and the
   *     rules of {@link PostnatalVisit#visit}
   */
  private VisitView record(
      UUID pregnancyId, UUID childId, RecordVisit request, HealthFacility facility) {
    boolean forMother = childId == null;
    if (request.kind().forMother() != forMother) {
      throw new DomainRuleViolation(
          "visit-kind-mismatch",
          forMother
              ? "The mother's postnatal visits are KF1-KF4; record KN visits on the child."
              : "A newborn's visits are KN1-KN3; record KF visits on the pregnancy.",
          "kind");
    }
    PostnatalVisit visit =
        (forMother
                ? visits.find(
                    "pregnancyId = ?1 and childId is null and kind = ?2",
                    pregnancyId,
                    request.kind())
                : visits.find("childId = ?1 and kind = ?2", childId, request.kind()))
            .withLock(LockModeType.PESSIMISTIC_WRITE)
            .firstResultOptional()
            .orElseThrow(
                () ->
                    new DomainRuleViolation(
                        "visit-not-planned",
                        "No "
                            + request.kind()
                            + " visit is planned here: visits follow a recorded delivery.",
                        "kind"));
    OffsetDateTime now = OffsetDateTime.now(clock);
    visit.visit(request.visitedAt(), facility.code, caller.actorId(), now);
    visits.flush();
    return VisitView.of(visit, now, zone);
  }

  /** Cancels the open visits of a pregnancy's mother (KF) or of a child (KN). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void cancelOpen(UUID pregnancyId, UUID childId, String reason) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<PostnatalVisit> open =
        childId == null
            ? visits.list("pregnancyId = ?1 and childId is null", pregnancyId)
            : visits.list("childId", childId);
    open.forEach(v -> v.cancel(reason, now));
  }
}
