package id.go.okikab.platform.events.outbox;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.jboss.logging.Logger;

/**
 * One relay worker: drains with {@link RelayEngine#drain} without pausing while rows remain, sleeps
 * until woken (a commit wrote outbox rows) or the poll interval passes, and backs off exponentially
 * while the broker or the database fails, starting a fresh producer after a failed batch.
 */
public final class RelayLoop implements Runnable {

  private static final Logger LOG = Logger.getLogger(RelayLoop.class);

  /** Timing of the loop. */
  public record Timing(Duration pollInterval, Duration initialBackoff, Duration maxBackoff) {}

  private final String worker;
  private final RelayEngine engine;
  private final Supplier<Producer<String, byte[]>> producers;
  private final Semaphore wakeUps;
  private final Timing timing;
  private volatile boolean running = true;
  private volatile boolean failing;

  public RelayLoop(
      String worker,
      RelayEngine engine,
      Supplier<Producer<String, byte[]>> producers,
      Semaphore wakeUps,
      Timing timing) {
    this.worker = worker;
    this.engine = engine;
    this.producers = producers;
    this.wakeUps = wakeUps;
    this.timing = timing;
  }

  /** Asks the loop to end after its current pass (release the semaphore to cut a wait short). */
  public void stop() {
    running = false;
  }

  /** True while the last pass failed. */
  public boolean isFailing() {
    return failing;
  }

  @Override
  public void run() {
    Producer<String, byte[]> producer = null;
    Duration backoff = Duration.ZERO;
    while (running) {
      try {
        if (producer == null) {
          producer = producers.get();
        }
        int claimed = engine.drain(producer);
        if (failing) {
          failing = false;
          LOG.infof("%s publishes again", worker);
        }
        backoff = Duration.ZERO;
        if (claimed == 0) {
          wakeUps.tryAcquire(timing.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (RelayEngine.PublishException | SQLException | RuntimeException e) {
        if (!failing) {
          failing = true;
          LOG.warnf(
              "%s cannot publish (%s); retrying with backoff, events stay pending",
              worker, e.getMessage());
        } else {
          LOG.debugf("%s still failing: %s", worker, e.getMessage());
        }
        if (producer != null && e instanceof RelayEngine.PublishException) {
          // a fresh producer after a failed batch: no stale metadata or sequence state
          closeQuietly(producer);
          producer = null;
        }
        backoff = next(backoff);
        pause(backoff);
      }
    }
    if (producer != null) {
      closeQuietly(producer);
    }
    failing = false;
  }

  private Duration next(Duration current) {
    Duration next = current.isZero() ? timing.initialBackoff() : current.multipliedBy(2);
    return next.compareTo(timing.maxBackoff()) > 0 ? timing.maxBackoff() : next;
  }

  private void pause(Duration duration) {
    long deadline = System.nanoTime() + duration.toNanos();
    // short naps so that stop() is honoured quickly; wake-ups do not shorten a backoff
    while (running && System.nanoTime() < deadline) {
      try {
        Thread.sleep(Math.min(100, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static void closeQuietly(Producer<String, byte[]> producer) {
    try {
      producer.close(Duration.ZERO);
    } catch (RuntimeException ignored) {
      // closing a producer whose broker is gone
    }
  }
}
