package id.go.okikab.marketplace.messaging;

import id.go.okikab.contracts.permits.PermitIssued;
import id.go.okikab.contracts.permits.PermitRevoked;
import id.go.okikab.contracts.permits.PermitSuspended;
import id.go.okikab.marketplace.service.MerchantService;
import id.go.okikab.platform.events.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes DPMPTSP's permits through the inbox: a business permit issued for a NIB verifies its
 * shop (or is remembered until the shop opens); suspended or revoked, it suspends the shop. Permits
 * without a NIB (a person's) are ignored.
 */
@ApplicationScoped
public class PermitsConsumer {

  /** The consumer group, also the inbox's consumer name. */
  public static final String CONSUMER = "marketplace-service";

  private final Inbox inbox;
  private final MerchantService merchants;

  public PermitsConsumer(Inbox inbox, MerchantService merchants) {
    this.inbox = inbox;
    this.merchants = merchants;
  }

  @Incoming("permits-permit")
  @Blocking
  public void permits(ConsumerRecord<String, String> record) {
    inbox.process(
        CONSUMER,
        record,
        event -> {
          event
              .as(PermitIssued.class)
              .filter(p -> p.nib() != null)
              .ifPresent(
                  p -> merchants.permitIssued(p.permitId(), p.nib(), p.validUntil(), p.issuedAt()));
          event
              .as(PermitSuspended.class)
              .filter(p -> p.nib() != null)
              .ifPresent(
                  p ->
                      merchants.permitWithdrawn(
                          p.permitId(), p.nib(), false, p.reasonCode(), p.suspendedAt()));
          event
              .as(PermitRevoked.class)
              .filter(p -> p.nib() != null)
              .ifPresent(
                  p ->
                      merchants.permitWithdrawn(
                          p.permitId(), p.nib(), true, p.reasonCode(), p.revokedAt()));
        });
  }
}
