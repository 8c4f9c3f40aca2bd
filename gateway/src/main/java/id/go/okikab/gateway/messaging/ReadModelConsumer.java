package id.go.okikab.gateway.messaging;

import id.go.okikab.gateway.readmodel.ReadModelProjection;
import id.go.okikab.platform.events.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds every read model from every platform topic (a pattern subscription: a new service's topics
 * are picked up without a change here), through the inbox: each event is applied once, in one
 * transaction for all projections, so a redelivery or a replay changes nothing twice.
 */
@ApplicationScoped
public class ReadModelConsumer {

  /**
   * The inbox consumer name and Kafka group of the read models ({@code <name>-<purpose>}: the
   * gateway has a second group, the live feed's).
   */
  public static final String CONSUMER = "gateway-read-models";

  /** The channel (see application.properties). */
  public static final String CHANNEL = "read-models";

  private final Inbox inbox;
  private final List<ReadModelProjection> projections;

  /** Held (shared) while an event is applied; a rebuild takes it exclusively. */
  private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();

  ReadModelConsumer(Inbox inbox, Instance<ReadModelProjection> projections) {
    this.inbox = inbox;
    this.projections = projections.stream().toList();
  }

  @Incoming(CHANNEL)
  @Blocking
  public void consume(ConsumerRecord<String, String> record) {
    gate.readLock().lock();
    try {
      inbox.process(CONSUMER, record, event -> projections.forEach(p -> p.apply(event)));
    } finally {
      gate.readLock().unlock();
    }
  }

  public List<ReadModelProjection> projections() {
    return projections;
  }

  /** The lock a rebuild holds exclusively while it empties the read models. */
  public ReentrantReadWriteLock gate() {
    return gate;
  }
}
