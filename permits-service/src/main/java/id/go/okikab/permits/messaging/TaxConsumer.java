package id.go.okikab.permits.messaging;

import id.go.okikab.contracts.tax.BillOverdue;
import id.go.okikab.contracts.tax.BillPaid;
import id.go.okikab.contracts.tax.TaxClearanceIssued;
import id.go.okikab.permits.service.TaxArrears;
import id.go.okikab.platform.events.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes Bapenda's bills and clearances through the inbox (once per event id, in one transaction
 * with the effect; poison records to {@code <topic>.dlq}) into the arrears view. {@code BillIssued}
 * is read and left aside: a bill is not arrears until it is overdue.
 */
@ApplicationScoped
public class TaxConsumer {

  /** The consumer group, also the inbox's consumer name. */
  public static final String CONSUMER = "permits-service";

  private final Inbox inbox;
  private final TaxArrears arrears;

  public TaxConsumer(Inbox inbox, TaxArrears arrears) {
    this.inbox = inbox;
    this.arrears = arrears;
  }

  @Incoming("tax-bill")
  @Blocking
  public void bills(ConsumerRecord<String, String> record) {
    inbox.process(
        CONSUMER,
        record,
        event -> {
          event.as(BillOverdue.class).ifPresent(arrears::overdue);
          event.as(BillPaid.class).ifPresent(arrears::paid);
        });
  }

  @Incoming("tax-clearance")
  @Blocking
  public void clearances(ConsumerRecord<String, String> record) {
    inbox.process(
        CONSUMER, record, event -> event.as(TaxClearanceIssued.class).ifPresent(arrears::cleared));
  }
}
