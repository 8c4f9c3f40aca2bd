package id.go.okikab.civilregistry.messaging;

import id.go.okikab.civilregistry.service.BirthReports;
import id.go.okikab.contracts.health.BirthReported;
import id.go.okikab.platform.events.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code health.pregnancy.v1} (channel {@code health-pregnancy}): a {@link BirthReported}
 * live birth opens a DRAFT birth registration prefilled from it; other event types on the topic are
 * not for the registry.
 */
@ApplicationScoped
public class HealthConsumer {

  /**
   * The consumer id in {@code processed_event} and the Kafka group id: the service's name. (Until
   * issue 10 it was {@code civil-registry-health-births}; V6 renamed its inbox rows.)
   */
  public static final String CONSUMER = "civil-registry-service";

  private final Inbox inbox;
  private final BirthReports births;

  HealthConsumer(Inbox inbox, BirthReports births) {
    this.inbox = inbox;
    this.births = births;
  }

  @Incoming("health-pregnancy")
  @Blocking
  public void consume(ConsumerRecord<String, String> record) {
    inbox.process(
        CONSUMER,
        record,
        event ->
            event
                .as(BirthReported.class)
                .ifPresent(report -> births.openFromHealth(report, event.time())));
  }
}
