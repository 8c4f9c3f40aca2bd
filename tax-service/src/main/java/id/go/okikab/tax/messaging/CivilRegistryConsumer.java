package id.go.okikab.tax.messaging;

import id.go.okikab.contracts.civilregistry.DeathRegistered;
import id.go.okikab.platform.events.inbox.Inbox;
import id.go.okikab.tax.service.TaxpayerService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes the civil registry's deaths through the inbox (once per event id, in one transaction
 * with the effect; poison records to {@code <topic>.dlq}): a deceased person's taxpayer record is
 * flagged; their bills stay, and no new SPPT is issued to them until an heir is recorded.
 */
@ApplicationScoped
public class CivilRegistryConsumer {

  /** The consumer group, also the inbox's consumer name. */
  public static final String CONSUMER = "tax-service";

  private final Inbox inbox;
  private final TaxpayerService taxpayers;

  public CivilRegistryConsumer(Inbox inbox, TaxpayerService taxpayers) {
    this.inbox = inbox;
    this.taxpayers = taxpayers;
  }

  @Incoming("civil-registry-death")
  @Blocking
  public void deaths(ConsumerRecord<String, String> record) {
    inbox.process(
        CONSUMER,
        record,
        event ->
            event
                .as(DeathRegistered.class)
                .ifPresent(d -> taxpayers.died(d.subjectRef(), d.dateOfDeath())));
  }
}
