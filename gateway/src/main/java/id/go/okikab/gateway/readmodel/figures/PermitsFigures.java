package id.go.okikab.gateway.readmodel.figures;

import id.go.okikab.contracts.permits.PermitApplicationSubmitted;
import id.go.okikab.contracts.permits.PermitApproved;
import id.go.okikab.contracts.permits.PermitIssued;
import id.go.okikab.contracts.permits.PermitRejected;
import id.go.okikab.contracts.permits.PermitSlaBreached;
import id.go.okikab.gateway.readmodel.DashboardCounts;
import id.go.okikab.gateway.readmodel.DashboardIndicators;
import id.go.okikab.gateway.readmodel.DashboardSelection;
import id.go.okikab.gateway.readmodel.ReadModelProjection;
import id.go.okikab.gateway.service.DashboardQueries.Rate;
import id.go.okikab.platform.events.inbox.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Licensing (DPMPTSP) on the dashboard: applications submitted and permits issued per kecamatan and
 * month (by the location's desa), decisions and the share decided within the SLA, SLA breaches.
 * Decisions and breaches carry no location in their events, so they count under the unknown
 * kecamatan ({@link DashboardCounts#UNKNOWN_KECAMATAN}): regency totals only.
 */
@ApplicationScoped
public class PermitsFigures implements ReadModelProjection, DashboardIndicators {

  public static final String SUBMITTED = "permit-applications-submitted";
  public static final String DECIDED = "permit-applications-decided";
  public static final String DECIDED_WITHIN_SLA = "permit-applications-decided-within-sla";
  public static final String ISSUED = "permits-issued";
  public static final String SLA_BREACHES = "permit-sla-breaches";

  private final DashboardCounts counts;

  PermitsFigures(DashboardCounts counts) {
    this.counts = counts;
  }

  @Override
  public void apply(IncomingEvent event) {
    event
        .as(PermitApplicationSubmitted.class)
        .ifPresent(s -> counts.count(SUBMITTED, s.desaCode(), s.submittedAt()));
    event.as(PermitApproved.class).ifPresent(a -> decided(a.withinSla(), a.approvedAt()));
    event.as(PermitRejected.class).ifPresent(r -> decided(r.withinSla(), r.rejectedAt()));
    event.as(PermitIssued.class).ifPresent(i -> counts.count(ISSUED, i.desaCode(), i.issuedAt()));
    event
        .as(PermitSlaBreached.class)
        .ifPresent(b -> counts.count(SLA_BREACHES, null, b.breachedAt()));
  }

  private void decided(boolean withinSla, java.time.OffsetDateTime at) {
    counts.count(DECIDED, null, at);
    if (withinSla) {
      counts.count(DECIDED_WITHIN_SLA, null, at);
    }
  }

  @Override
  public void indicators(DashboardSelection selection, Map<String, Rate> indicators) {
    indicators.put(
        "permit-decided-within-sla",
        Rate.of(selection.total(DECIDED_WITHIN_SLA), selection.total(DECIDED)));
  }

  @Override
  public List<String> tables() {
    return List.of();
  }
}
