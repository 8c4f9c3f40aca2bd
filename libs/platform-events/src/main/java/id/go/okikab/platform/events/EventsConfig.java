package id.go.okikab.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/**
 * Settings of the outbox and its relay ({@code oki.outbox.*}), the inbox ({@code oki.inbox.*}) and
 * topic creation ({@code oki.topics.*}). Each has its own narrow prefix: a mapping on {@code oki}
 * itself would claim, and reject, every other {@code oki.*} setting of a service.
 */
public final class EventsConfig {

  private EventsConfig() {}

  /** The relay and the outbox table. */
  @ConfigMapping(prefix = "oki.outbox")
  public interface Outbox {
    Relay relay();

    /** How long sent rows stay in the outbox table before they are pruned. */
    @WithDefault("7d")
    Duration retention();

    /** How often sent rows older than the retention are pruned. */
    @WithName("prune-every")
    @WithDefault("10m")
    String pruneEvery();
  }

  /** The relay that publishes pending outbox rows. */
  public interface Relay {
    /** Off for a replica that must not publish (all replicas may run it). */
    @WithDefault("true")
    boolean enabled();

    /** Rows claimed and sent per batch. */
    @WithName("batch-size")
    @WithDefault("1000")
    int batchSize();

    /** Concurrent workers per instance; they share rows through FOR UPDATE SKIP LOCKED. */
    @WithDefault("1")
    int workers();

    /** Poll when no commit woke the relay (other replicas' writes, retries). */
    @WithName("poll-interval")
    @WithDefault("500ms")
    Duration pollInterval();

    /** First wait after a failed batch; doubles up to {@link #maxBackoff()}. */
    @WithName("initial-backoff")
    @WithDefault("250ms")
    Duration initialBackoff();

    @WithName("max-backoff")
    @WithDefault("10s")
    Duration maxBackoff();

    /** Producer: how long a send may wait for the broker before the batch counts as failed. */
    @WithName("delivery-timeout")
    @WithDefault("30s")
    Duration deliveryTimeout();
  }

  /** Idempotent consumers. */
  @ConfigMapping(prefix = "oki.inbox")
  public interface Inbox {
    /** Attempts (each in its own transaction) before a record goes to the dead-letter topic. */
    @WithName("max-attempts")
    @WithDefault("4")
    int maxAttempts();

    /** Wait before the second attempt; doubles after each failure. */
    @WithDefault("200ms")
    Duration backoff();

    /** How long processed event ids are kept for deduplication. */
    @WithDefault("30d")
    Duration retention();
  }

  /** Topic creation at start (dev and test; production topics are provisioned by operators). */
  @ConfigMapping(prefix = "oki.topics")
  public interface Topics {
    @WithName("create-at-start")
    @WithDefault("false")
    boolean createAtStart();
  }
}
