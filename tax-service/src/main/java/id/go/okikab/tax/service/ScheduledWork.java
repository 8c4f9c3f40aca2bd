package id.go.okikab.tax.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** The time-driven work of the tax service: the SPPT batch's worker and the overdue sweep. */
@ApplicationScoped
public class ScheduledWork {

  private final AssessmentRuns runs;
  private final OverdueSweep overdue;

  public ScheduledWork(AssessmentRuns runs, OverdueSweep overdue) {
    this.runs = runs;
    this.overdue = overdue;
  }

  @Scheduled(
      identity = "tax-assessment-runs",
      every = "${oki.tax.assessment-runs.poll-every:2s}",
      delayed = "3s",
      skipExecutionIf = Scheduled.ApplicationNotRunning.class,
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void assessmentRuns() {
    runs.work();
  }

  @Scheduled(
      identity = "tax-overdue-check",
      every = "${oki.tax.overdue.check-every}",
      delayed = "${oki.tax.overdue.first-after:20s}",
      skipExecutionIf = Scheduled.ApplicationNotRunning.class,
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void overdueBills() {
    overdue.sweep();
  }
}
