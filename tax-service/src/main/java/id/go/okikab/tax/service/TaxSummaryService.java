package id.go.okikab.tax.service;

import id.go.okikab.platform.web.audit.ReadAudit;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.tax.domain.Bill;
import id.go.okikab.tax.domain.BillStatus;
import id.go.okikab.tax.domain.TaxClearance;
import id.go.okikab.tax.domain.Taxpayer;
import id.go.okikab.tax.repository.BillRepository;
import id.go.okikab.tax.repository.TaxClearanceRepository;
import id.go.okikab.tax.repository.TaxpayerRepository;
import id.go.okikab.tax.service.BillViews.BillView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A citizen's own taxes at a glance (the gateway overview's section {@code taxes}). */
@ApplicationScoped
public class TaxSummaryService {

  private final TaxpayerRepository taxpayers;
  private final BillRepository bills;
  private final TaxClearanceRepository clearances;
  private final CallerIdentity caller;
  private final ReadAudit readAudit;
  private final Clock clock;

  public TaxSummaryService(
      TaxpayerRepository taxpayers,
      BillRepository bills,
      TaxClearanceRepository clearances,
      CallerIdentity caller,
      ReadAudit readAudit,
      Clock clock) {
    this.taxpayers = taxpayers;
    this.bills = bills;
    this.clearances = clearances;
    this.caller = caller;
    this.readAudit = readAudit;
    this.clock = clock;
  }

  public record TaxpayerSummary(
      UUID taxpayerId,
      String npwpd,
      String kind,
      long openBills,
      long overdueBills,
      long amountDueToday,
      boolean inArrears,
      LocalDate clearanceValidUntil,
      List<BillView> unpaid) {}

  public record TaxSummary(
      int taxpayers, long amountDueToday, boolean inArrears, List<TaxpayerSummary> records) {}

  @Transactional
  public TaxSummary mine() {
    caller.requireAnyRole(Access.CITIZEN);
    String me = caller.subjectRef().orElse("-");
    LocalDate today = LocalDate.now(clock);
    List<Taxpayer> own =
        taxpayers.list("subjectRef = ?1 or heirSubjectRef = ?1 order by registeredAt", me);
    List<TaxpayerSummary> records =
        own.stream()
            .map(
                t -> {
                  List<Bill> unpaid =
                      bills.list(
                          "taxpayerId = ?1 and status in ?2 order by dueDate",
                          t.id,
                          List.of(BillStatus.OPEN, BillStatus.OVERDUE));
                  long overdue =
                      unpaid.stream()
                          .filter(b -> b.status == BillStatus.OVERDUE || b.dueDate.isBefore(today))
                          .count();
                  LocalDate clearance =
                      clearances
                          .find("taxpayerId = ?1 order by validUntil desc", t.id)
                          .firstResultOptional()
                          .map((TaxClearance c) -> c.validUntil)
                          .filter(d -> !d.isBefore(today))
                          .orElse(null);
                  return new TaxpayerSummary(
                      t.id,
                      t.npwpd,
                      t.kind.name(),
                      unpaid.size() - overdue,
                      overdue,
                      unpaid.stream().mapToLong(b -> b.amountDue(today)).sum(),
                      overdue > 0,
                      clearance,
                      unpaid.stream().limit(20).map(b -> BillView.of(b, today)).toList());
                })
            .toList();
    readAudit.record(Access.TAX_RECORD, "summary", me, "subject-access");
    return new TaxSummary(
        records.size(),
        records.stream().mapToLong(TaxpayerSummary::amountDueToday).sum(),
        records.stream().anyMatch(TaxpayerSummary::inArrears),
        records);
  }
}
