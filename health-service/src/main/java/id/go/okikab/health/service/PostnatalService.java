package id.go.okikab.health.service;

import id.go.okikab.health.api.PregnancyApi.RecordVisit;
import id.go.okikab.health.api.PregnancyApi.VisitView;
import id.go.okikab.health.config.HealthConfig;
import id.go.okikab.health.domain.Child;
import id.go.okikab.health.domain.HealthFacility;
import id.go.okikab.health.domain.PostnatalVisit;
import id.go.okikab.health.domain.Pregnancy;
import id.go.okikab.health.domain.postnatal.VisitKind;
import id.go.okikab.health.messaging.KiaEvents;
import id.go.okikab.health.repository.ChildRepository;
import id.go.okikab.health.repository.PostnatalVisitRepository;
import id.go.okikab.health.repository.PregnancyRepository;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Postnatal (KF1–KF4, the mother) and neonatal (KN1–KN3, each live-born baby) visits: planned at
 * delivery with their windows, recorded by the midwife, and reported once as missed ({@code
 * PostnatalVisitMissed}) by a scheduled check when a window closes without a visit.
 */
@ApplicationScoped
public class PostnatalService {

  private static final Logger LOG = Logger.getLogger(PostnatalService.class);

  private final PostnatalVisitRepository visits;
  private final PregnancyRepository pregnancies;
  private final ChildRepository children;
  private final KiaEvents events;
  private final HealthConfig config;
  private final Clock clock;

  public PostnatalService(
      PostnatalVisitRepository visits,
      PregnancyRepository pregnancies,
      ChildRepository children,
      KiaEvents events,
      HealthConfig config,
      Clock clock) {
    this.visits = visits;
    this.pregnancies = pregnancies;
    this.children = children;
    this.events = events;
    this.config = config;
    this.clock = clock;
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

  @Transactional(Transactional.TxType.MANDATORY)
  public List<VisitView> ofPregnancy(UUID pregnancyId) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return visits.list("pregnancyId", Sort.by("windowStart").and("kind"), pregnancyId).stream()
        .map(v -> VisitView.of(v, now))
        .toList();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public List<VisitView> ofChild(UUID childId) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return visits.list("childId", Sort.by("windowStart").and("kind"), childId).stream()
        .map(v -> VisitView.of(v, now))
        .toList();
  }

  /**
   * Records a KF visit (the mother) or a KN visit (a child: {@code childId} non-null).
   *
   * @throws DomainRuleViolation {@code visit-kind-mismatch}, {@code visit-not-planned}, and the
   *     rules of {@link PostnatalVisit#visit}
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public VisitView record(
      UUID pregnancyId, UUID childId, RecordVisit request, HealthFacility facility, String by) {
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
    visit.visit(request.visitedAt(), facility.code, by, now);
    visits.flush();
    return VisitView.of(visit, now);
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

  /**
   * Publishes {@code PostnatalVisitMissed} for each visit whose window closed without a visit, once
   * per visit ({@code missed_reported_at}), in batches claimed with {@code FOR UPDATE SKIP LOCKED}.
   *
   * @return how many were reported
   */
  public int reportMissed() {
    int total = 0;
    while (true) {
      int reported = QuarkusTransaction.requiringNew().call(this::reportMissedBatch);
      total += reported;
      if (reported < config.postnatal().checkBatchSize()) {
        break;
      }
    }
    if (total > 0) {
      LOG.infof("reported %d missed postnatal/neonatal visit(s)", total);
    }
    return total;
  }

  int reportMissedBatch() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    @SuppressWarnings("unchecked")
    List<Object> ids =
        visits
            .getEntityManager()
            .createNativeQuery(
                "SELECT id FROM postnatal_visit WHERE visited_at IS NULL AND cancelled_at IS NULL"
                    + " AND missed_reported_at IS NULL AND window_end <= :now"
                    + " ORDER BY window_end LIMIT :batch FOR UPDATE SKIP LOCKED")
            .setParameter("now", now)
            .setParameter("batch", config.postnatal().checkBatchSize())
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    List<PostnatalVisit> missed = visits.list("id in ?1", ids);
    Map<UUID, Pregnancy> byPregnancy = new HashMap<>();
    pregnancies
        .list("id in ?1", missed.stream().map(v -> v.pregnancyId).distinct().toList())
        .forEach(p -> byPregnancy.put(p.id, p));
    Map<UUID, Child> byChild = new HashMap<>();
    List<UUID> childIds =
        missed.stream().map(v -> v.childId).filter(id -> id != null).distinct().toList();
    if (!childIds.isEmpty()) {
      children.list("id in ?1", childIds).forEach(c -> byChild.put(c.id, c));
    }
    for (PostnatalVisit v : missed) {
      v.markMissedReported(now);
      events.postnatalVisitMissed(
          byPregnancy.get(v.pregnancyId), v, v.childId == null ? null : byChild.get(v.childId));
    }
    return missed.size();
  }
}
