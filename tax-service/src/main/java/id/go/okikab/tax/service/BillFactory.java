package id.go.okikab.tax.service;

import id.go.okikab.platform.events.outbox.Outbox;
import id.go.okikab.tax.domain.Bill;
import id.go.okikab.tax.domain.BillingCodes;
import id.go.okikab.tax.domain.LateInterest;
import id.go.okikab.tax.domain.Taxpayer;
import id.go.okikab.tax.repository.BillRepository;
import id.go.okikab.tax.repository.Sequences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Issues bills with their billing code, in the caller's transaction, and publishes BillIssued. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BillFactory {

  private final BillRepository bills;
  private final Sequences sequences;
  private final Outbox outbox;

  public BillFactory(BillRepository bills, Sequences sequences, Outbox outbox) {
    this.bills = bills;
    this.sequences = sequences;
    this.outbox = outbox;
  }

  public Bill issue(
      Taxpayer taxpayer,
      String taxType,
      String period,
      long principal,
      LocalDate dueDate,
      LateInterest interest,
      String desaCode,
      String sourceType,
      UUID sourceId,
      OffsetDateTime now) {
    String code = BillingCodes.of(now.getYear(), sequences.next("billing_serial"));
    Bill.Issued issued =
        Bill.issue(
            taxpayer,
            code,
            taxType,
            period,
            principal,
            dueDate,
            interest,
            desaCode,
            sourceType,
            sourceId,
            now);
    bills.persist(issued.bill());
    outbox.publish(issued.event());
    return issued.bill();
  }
}
