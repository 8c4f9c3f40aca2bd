package id.go.okikab.tax.service;

import id.go.okikab.platform.events.outbox.Outbox;
import id.go.okikab.tax.domain.Bill;
import id.go.okikab.tax.domain.BillStatus;
import id.go.okikab.tax.domain.Taxpayer;
import id.go.okikab.tax.repository.BillRepository;
import id.go.okikab.tax.repository.TaxpayerRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Marks open bills past their due date OVERDUE and publishes {@code BillOverdue} once per bill, in
 * batches (a time-driven event, ADR 0011): the mark and the outbox row commit together, rows are
 * claimed with {@code FOR UPDATE SKIP LOCKED}, so several replicas may run it.
 */
@ApplicationScoped
public class OverdueSweep {

  private static final Logger LOG = Logger.getLogger(OverdueSweep.class);
  private static final int BATCH = 500;

  private final BillRepository bills;
  private final TaxpayerRepository taxpayers;
  private final Outbox outbox;
  private final Clock clock;

  public OverdueSweep(
      BillRepository bills, TaxpayerRepository taxpayers, Outbox outbox, Clock clock) {
    this.bills = bills;
    this.taxpayers = taxpayers;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * @return how many bills were marked
   */
  public int sweep() {
    int total = 0;
    int marked;
    do {
      marked = QuarkusTransaction.requiringNew().call(this::batch);
      total += marked;
    } while (marked == BATCH);
    if (total > 0) {
      LOG.infof("marked %d bill(s) overdue", total);
    }
    return total;
  }

  private int batch() {
    LocalDate today = LocalDate.now(clock);
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<Bill> due =
        bills
            .find("status = ?1 and dueDate < ?2 order by dueDate", BillStatus.OPEN, today)
            .withLock(LockModeType.PESSIMISTIC_WRITE)
            .withHint("jakarta.persistence.lock.timeout", -2)
            .page(0, BATCH)
            .list();
    for (Bill b : due) {
      Taxpayer t = taxpayers.findById(b.taxpayerId);
      outbox.publish(b.markOverdue(t, now));
    }
    return due.size();
  }
}
