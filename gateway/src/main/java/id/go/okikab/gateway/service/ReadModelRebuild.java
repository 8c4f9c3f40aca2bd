package id.go.okikab.gateway.service;

import id.go.okikab.gateway.messaging.ReadModelConsumer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Rebuilds the read models from scratch: pauses the read-model consumer, empties every projection's
 * tables and the consumer's processed event ids in one transaction, seeks its partitions to the
 * beginning and resumes. The replay applies each event once more and gives the same result. With
 * several gateway replicas, scale to one before a rebuild (each replica only seeks the partitions
 * it holds).
 */
@ApplicationScoped
public class ReadModelRebuild {

  private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);
  private static final Duration WAIT = Duration.ofSeconds(30);

  /** What a rebuild did. */
  public record Result(Set<String> tables, int partitionsReplayed) {}

  private final KafkaClientService clients;
  private final ReadModelConsumer consumer;
  private final EntityManager entityManager;

  ReadModelRebuild(
      KafkaClientService clients, ReadModelConsumer consumer, EntityManager entityManager) {
    this.clients = clients;
    this.consumer = consumer;
    this.entityManager = entityManager;
  }

  public Result rebuild() {
    KafkaConsumer<Object, Object> kafka = clients.getConsumer(ReadModelConsumer.CHANNEL);
    kafka.pause().await().atMost(WAIT);
    Set<String> tables = new java.util.TreeSet<>();
    consumer.projections().forEach(p -> tables.addAll(p.tables()));
    consumer.gate().writeLock().lock();
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                entityManager
                    .createNativeQuery("TRUNCATE " + String.join(", ", tables))
                    .executeUpdate();
                entityManager
                    .createNativeQuery("DELETE FROM processed_event WHERE consumer = ?1")
                    .setParameter(1, ReadModelConsumer.CONSUMER)
                    .executeUpdate();
              });
      Set<TopicPartition> assigned = kafka.getAssignments().await().atMost(WAIT);
      kafka.seekToBeginning(assigned).await().atMost(WAIT);
      LOG.infof("read models emptied (%s); replaying %d partitions", tables, assigned.size());
      return new Result(tables, assigned.size());
    } finally {
      consumer.gate().writeLock().unlock();
      kafka.resume().await().atMost(WAIT);
    }
  }
}
