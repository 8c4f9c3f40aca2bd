package id.go.okikab.permits.service;

import id.go.okikab.permits.domain.Permit;
import id.go.okikab.permits.domain.PermitApplication;
import id.go.okikab.permits.domain.PermitType;
import id.go.okikab.permits.repository.PermitApplicationRepository;
import id.go.okikab.permits.repository.PermitRepository;
import id.go.okikab.permits.repository.PermitTypeRepository;
import id.go.okikab.platform.domain.WorkingCalendar;
import id.go.okikab.platform.events.outbox.Outbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The time-driven events: SLA breaches (once per application, marked in the outbox's transaction)
 * and permit expiry.
 */
@ApplicationScoped
public class Sweeps {

  /** Rows claimed per run; the next run takes the rest. */
  static final int BATCH = 1000;

  /** Hibernate's lock timeout meaning SKIP LOCKED: another replica's claimed rows are left. */
  private static final String SKIP_LOCKED_HINT = "jakarta.persistence.lock.timeout";

  private static final int SKIP_LOCKED = -2;

  private final PermitApplicationRepository applications;
  private final PermitTypeRepository types;
  private final PermitRepository permits;
  private final Outbox outbox;
  private final WorkingCalendar calendar;
  private final Clock clock;
  private final ZoneId zone;

  public Sweeps(
      PermitApplicationRepository applications,
      PermitTypeRepository types,
      PermitRepository permits,
      Outbox outbox,
      WorkingCalendar calendar,
      Clock clock,
      ZoneId zone) {
    this.applications = applications;
    this.types = types;
    this.permits = permits;
    this.outbox = outbox;
    this.calendar = calendar;
    this.clock = clock;
    this.zone = zone;
  }

  @Scheduled(
      every = "${oki.permits.sla-sweep-every}",
      delayed = "30s",
      skipExecutionIf = Scheduled.ApplicationNotRunning.class,
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduledSla() {
    slaSweep(LocalDate.now(clock.withZone(zone)));
  }

  @Scheduled(
      every = "${oki.permits.expiry-sweep-every}",
      delayed = "30s",
      skipExecutionIf = Scheduled.ApplicationNotRunning.class,
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduledExpiry() {
    expirySweep(LocalDate.now(clock.withZone(zone)));
  }

  /**
   * Reports every application awaiting the office whose due day is before {@code today} and not
   * reported yet.
   *
   * @return how many breaches were reported
   */
  @Transactional
  public int slaSweep(LocalDate today) {
    List<PermitApplication> due =
        applications
            .find("slaDueOn < ?1 and slaBreachedAt is null order by slaDueOn, id", today)
            .withLock(LockModeType.PESSIMISTIC_WRITE)
            .withHint(SKIP_LOCKED_HINT, SKIP_LOCKED)
            .page(0, BATCH)
            .list();
    Map<String, PermitType> byCode = new HashMap<>();
    OffsetDateTime now = OffsetDateTime.now(clock);
    int n = 0;
    for (PermitApplication a : due) {
      PermitType type = byCode.computeIfAbsent(a.permitType, types::findById);
      var breach = a.checkSla(type, now, today, calendar);
      if (breach.isPresent()) {
        outbox.publish(breach.get());
        n++;
      }
    }
    return n;
  }

  /**
   * Expires every active or suspended permit whose validity ended before {@code today}.
   *
   * @return how many expired
   */
  @Transactional
  public int expirySweep(LocalDate today) {
    List<Permit> due =
        permits
            .find(
                "validUntil < ?1 and status in ?2",
                today,
                List.of(Permit.Status.ACTIVE, Permit.Status.SUSPENDED))
            .withLock(LockModeType.PESSIMISTIC_WRITE)
            .withHint(SKIP_LOCKED_HINT, SKIP_LOCKED)
            .page(0, BATCH)
            .list();
    OffsetDateTime now = OffsetDateTime.now(clock);
    int n = 0;
    for (Permit p : due) {
      var event = p.expireIfDue(today, now);
      if (event.isPresent()) {
        outbox.publish(event.get());
        n++;
      }
    }
    return n;
  }
}
