package id.go.okikab.marketplace.messaging;

import id.go.okikab.contracts.civilregistry.DeathRegistered;
import id.go.okikab.marketplace.service.MerchantService;
import id.go.okikab.platform.events.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes the civil registry's deaths: a deceased owner's shops are suspended. */
@ApplicationScoped
public class CivilRegistryConsumer {

  /** The consumer group, also the inbox's consumer name. */
  public static final String CONSUMER = "marketplace-service";

  private final Inbox inbox;
  private final MerchantService merchants;

  public CivilRegistryConsumer(Inbox inbox, MerchantService merchants) {
    this.inbox = inbox;
    this.merchants = merchants;
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
                .ifPresent(d -> merchants.ownerDeceased(d.subjectRef(), d.registrationId())));
  }
}
