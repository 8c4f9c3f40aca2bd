package id.go.okikab.health.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The periodic checks that turn time passing into events: missed KF/KN visits and overdue doses.
 * Each is idempotent (a visit or dose is reported once, marked in the same transaction as its
 * outbox row) and safe with several replicas (rows claimed with {@code FOR UPDATE SKIP LOCKED}).
 */
@ApplicationScoped
public class ScheduledChecks {

  private final MissedVisitCheck missedVisits;
  private final OverdueCheck overdueDoses;

  public ScheduledChecks(MissedVisitCheck missedVisits, OverdueCheck overdueDoses) {
    this.missedVisits = missedVisits;
    this.overdueDoses = overdueDoses;
  }

  @Scheduled(
      identity = "postnatal-missed-check",
      every = "${oki.health.postnatal.missed-check-every}",
      delayed = "10s",
      skipExecutionIf = Scheduled.ApplicationNotRunning.class,
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void missedVisits() {
    missedVisits.reportMissed();
  }

  @Scheduled(
      identity = "immunization-overdue-check",
      every = "${oki.health.immunization.overdue-check-every}",
      delayed = "15s",
      skipExecutionIf = Scheduled.ApplicationNotRunning.class,
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void overdueDoses() {
    overdueDoses.reportOverdue();
  }
}
