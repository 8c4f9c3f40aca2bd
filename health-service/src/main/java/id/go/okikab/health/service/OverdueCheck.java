package id.go.okikab.health.service;

import id.go.okikab.health.config.HealthConfig;
import id.go.okikab.health.domain.Child;
import id.go.okikab.health.domain.Immunization;
import id.go.okikab.health.messaging.KiaEvents;
import id.go.okikab.health.repository.ChildRepository;
import id.go.okikab.health.repository.ImmunizationRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Marks the doses that became overdue and publishes {@code ImmunizationOverdue} for each, once per
 * dose ({@code overdue_reported_at}, marked in the outbox row's transaction), in batches claimed
 * with {@code FOR UPDATE SKIP LOCKED} (several replicas may run it). Run by {@link ScheduledChecks}
 * (ADR 0011).
 */
@ApplicationScoped
public class OverdueCheck {

  private static final Logger LOG = Logger.getLogger(OverdueCheck.class);

  private final ImmunizationRepository doses;
  private final ChildRepository children;
  private final KiaEvents events;
  private final HealthConfig config;
  private final Clock clock;

  public OverdueCheck(
      ImmunizationRepository doses,
      ChildRepository children,
      KiaEvents events,
      HealthConfig config,
      Clock clock) {
    this.doses = doses;
    this.children = children;
    this.events = events;
    this.config = config;
    this.clock = clock;
  }

  /**
   * @return how many doses were reported
   */
  public int reportOverdue() {
    int total = 0;
    while (true) {
      int reported =
          QuarkusTransaction.requiringNew().call(() -> reportOverdueBatch(LocalDate.now(clock)));
      total += reported;
      if (reported < config.immunization().checkBatchSize()) {
        break;
      }
    }
    if (total > 0) {
      LOG.infof("reported %d overdue immunisation dose(s)", total);
    }
    return total;
  }

  int reportOverdueBatch(LocalDate today) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        doses
            .getEntityManager()
            .createNativeQuery(
                "SELECT d.id FROM immunization d JOIN child c ON c.id = d.child_id"
                    + " WHERE d.given_on IS NULL AND d.overdue_reported_at IS NULL"
                    + " AND d.overdue_from <= :today"
                    + " AND (d.expires_on IS NULL OR d.expires_on >= :today)"
                    + " AND c.status = 'ACTIVE'"
                    + " ORDER BY d.overdue_from LIMIT :batch FOR UPDATE OF d SKIP LOCKED")
            .setParameter("today", today)
            .setParameter("batch", config.immunization().checkBatchSize())
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<Immunization> overdue = doses.list("id in ?1", ids);
    Map<UUID, Child> byId = new HashMap<>();
    children
        .list("id in ?1", overdue.stream().map(i -> i.childId).distinct().toList())
        .forEach(c -> byId.put(c.id, c));
    for (Immunization i : overdue) {
      i.markOverdueReported(now);
      events.immunizationOverdue(byId.get(i.childId), i);
    }
    return overdue.size();
  }
}
