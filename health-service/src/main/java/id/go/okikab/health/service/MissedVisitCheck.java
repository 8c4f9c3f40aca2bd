package id.go.okikab.health.service;

import id.go.okikab.health.config.HealthConfig;
import id.go.okikab.health.domain.Child;
import id.go.okikab.health.domain.PostnatalVisit;
import id.go.okikab.health.domain.Pregnancy;
import id.go.okikab.health.messaging.KiaEvents;
import id.go.okikab.health.repository.ChildRepository;
import id.go.okikab.health.repository.PostnatalVisitRepository;
import id.go.okikab.health.repository.PregnancyRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Publishes {@code PostnatalVisitMissed} for each KF/KN visit whose window closed without a visit,
 * once per visit ({@code missed_reported_at}, marked in the outbox row's transaction), in batches
 * claimed with {@code FOR UPDATE SKIP LOCKED} (several replicas may run it). Run by {@link
 * ScheduledChecks} (ADR 0011).
 */
@ApplicationScoped
public class MissedVisitCheck {

  private static final Logger LOG = Logger.getLogger(MissedVisitCheck.class);

  private final PostnatalVisitRepository visits;
  private final PregnancyRepository pregnancies;
  private final ChildRepository children;
  private final KiaEvents events;
  private final HealthConfig config;
  private final Clock clock;

  public MissedVisitCheck(
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

  /**
   * @return how many visits were reported
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
