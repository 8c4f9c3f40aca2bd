package id.go.okikab.civilregistry.messaging;

import id.go.okikab.civilregistry.service.BirthRegistrationService;
import id.go.okikab.contracts.health.BirthReported;
import id.go.okikab.platform.events.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code health.pregnancy.v1}: a {@link BirthReported} live birth opens a DRAFT birth
 * registration prefilled from it; other event types on the topic are not for the registry.
 */
@ApplicationScoped
public class HealthBirthReports {

  /** The consumer (and Kafka group) id. */
  public static final String CONSUMER = "civil-registry-health-births";

  private final Inbox inbox;
  private final BirthRegistrationService births;

  HealthBirthReports(Inbox inbox, BirthRegistrationService births) {
    this.inbox = inbox;
    this.births = births;
  }

  @Incoming("health-births")
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
