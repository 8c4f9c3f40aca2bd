package id.go.okikab.health.messaging;

import id.go.okikab.contracts.civilregistry.BirthRegistered;
import id.go.okikab.contracts.civilregistry.DeathRegistered;
import id.go.okikab.health.service.CivilRegistryLinks;
import id.go.okikab.platform.events.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes the civil registry's births and deaths through the inbox (once per event id, in one
 * transaction with the effect; poison records to {@code <topic>.dlq}).
 */
@ApplicationScoped
public class CivilRegistryConsumer {

  /** The consumer group, also the inbox's consumer name. */
  public static final String CONSUMER = "health-service";

  private final Inbox inbox;
  private final CivilRegistryLinks links;

  public CivilRegistryConsumer(Inbox inbox, CivilRegistryLinks links) {
    this.inbox = inbox;
    this.links = links;
  }

  @Incoming("civil-registry-birth")
  @Blocking
  public void births(ConsumerRecord<String, String> record) {
    inbox.process(
        CONSUMER,
        record,
        event -> event.as(BirthRegistered.class).ifPresent(links::birthRegistered));
  }

  @Incoming("civil-registry-death")
  @Blocking
  public void deaths(ConsumerRecord<String, String> record) {
    inbox.process(
        CONSUMER,
        record,
        event -> event.as(DeathRegistered.class).ifPresent(links::deathRegistered));
  }
}
