package id.go.okikab.gateway.readmodel.figures;

import id.go.okikab.contracts.tax.BillIssued;
import id.go.okikab.contracts.tax.BillOverdue;
import id.go.okikab.contracts.tax.BillPaid;
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
 * Regional taxes on the dashboard, per kecamatan (of the object or taxpayer the revenue is
 * attributed to) and month: bills issued and their principal, bills settled, payments and the
 * revenue collected (rupiah, interest included), and bills gone overdue. BillOverdue carries no
 * desa code, so overdue bills count regency-wide only. Indicators: the share of issued bills
 * settled, and revenue collected over principal billed.
 */
@ApplicationScoped
public class TaxFigures implements ReadModelProjection, DashboardIndicators {

  public static final String BILLS_ISSUED = "tax-bills-issued";
  public static final String AMOUNT_BILLED = "tax-amount-billed";
  public static final String BILLS_SETTLED = "tax-bills-settled";
  public static final String PAYMENTS = "tax-payments";
  public static final String REVENUE = "tax-revenue";
  public static final String BILLS_OVERDUE = "tax-bills-overdue";

  private final DashboardCounts counts;

  TaxFigures(DashboardCounts counts) {
    this.counts = counts;
  }

  @Override
  public void apply(IncomingEvent event) {
    event
        .as(BillIssued.class)
        .ifPresent(
            b -> {
              counts.count(BILLS_ISSUED, b.desaCode(), b.issuedAt());
              counts.add(AMOUNT_BILLED, b.desaCode(), counts.localDate(b.issuedAt()), b.amount());
            });
    event
        .as(BillPaid.class)
        .ifPresent(
            p -> {
              counts.count(PAYMENTS, p.desaCode(), p.paidAt());
              counts.add(REVENUE, p.desaCode(), counts.localDate(p.paidAt()), p.amountPaid());
              if (p.settled()) {
                counts.count(BILLS_SETTLED, p.desaCode(), p.paidAt());
              }
            });
    event.as(BillOverdue.class).ifPresent(o -> counts.count(BILLS_OVERDUE, null, o.overdueSince()));
  }

  /** Only the shared counters ({@link DashboardCounts}): no tables of its own. */
  @Override
  public List<String> tables() {
    return List.of();
  }

  @Override
  public void indicators(DashboardSelection selection, Map<String, Rate> indicators) {
    indicators.put(
        "tax-bills-settled-rate",
        Rate.of(selection.total(BILLS_SETTLED), selection.total(BILLS_ISSUED)));
    indicators.put(
        "tax-collection-rate", Rate.of(selection.total(REVENUE), selection.total(AMOUNT_BILLED)));
  }
}
