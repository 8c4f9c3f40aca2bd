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

  private final PostnatalService postnatal;
  private final ImmunizationService immunizations;

  public ScheduledChecks(PostnatalService postnatal, ImmunizationService immunizations) {
    this.postnatal = postnatal;
    this.immunizations = immunizations;
  }

  @Scheduled(
      identity = "postnatal-missed-check",
      every = "${oki.health.postnatal.missed-check-every}",
      delayed = "10s",
      skipExecutionIf = Scheduled.ApplicationNotRunning.class,
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void missedVisits() {
    postnatal.reportMissed();
  }

  @Scheduled(
      identity = "immunization-overdue-check",
      every = "${oki.health.immunization.overdue-check-every}",
      delayed = "15s",
      skipExecutionIf = Scheduled.ApplicationNotRunning.class,
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void overdueDoses() {
    immunizations.reportOverdue();
  }
}
