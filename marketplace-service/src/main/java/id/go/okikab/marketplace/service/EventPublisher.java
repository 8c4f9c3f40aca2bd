package id.go.okikab.marketplace.service;

import id.go.okikab.contracts.DomainEvent;
import id.go.okikab.platform.events.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

/** Publishes the events the aggregates return, in the caller's transaction (outbox). */
@ApplicationScoped
public class EventPublisher {

  private final Outbox outbox;

  public EventPublisher(Outbox outbox) {
    this.outbox = outbox;
  }

  /** Publishes {@code event} unless it is null (a transition that caused none). */
  public void publish(DomainEvent event) {
    if (event != null) {
      outbox.publish(event);
    }
  }
}
