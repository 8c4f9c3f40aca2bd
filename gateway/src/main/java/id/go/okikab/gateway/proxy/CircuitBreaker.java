package id.go.okikab.gateway.proxy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A circuit breaker for one backend: after {@code threshold} consecutive failures the circuit opens
 * and calls fail at once for {@code openFor}; then one trial call is let through (half open): its
 * success closes the circuit, its failure opens it again.
 */
public final class CircuitBreaker {

  /** The circuit's state. */
  public enum State {
    CLOSED,
    OPEN,
    HALF_OPEN
  }

  private final int threshold;
  private final Duration openFor;
  private final Clock clock;
  private int failures;
  private Instant openedAt;
  private boolean trialInFlight;

  public CircuitBreaker(int threshold, Duration openFor, Clock clock) {
    this.threshold = Math.max(1, threshold);
    this.openFor = openFor;
    this.clock = clock;
  }

  /** Whether a call may go to the service now (a half-open circuit lets one trial through). */
  public synchronized boolean tryAcquire() {
    if (openedAt == null) {
      return true;
    }
    if (clock.instant().isBefore(openedAt.plus(openFor)) || trialInFlight) {
      return false;
    }
    trialInFlight = true;
    return true;
  }

  public synchronized void onSuccess() {
    failures = 0;
    openedAt = null;
    trialInFlight = false;
  }

  public synchronized void onFailure() {
    trialInFlight = false;
    failures++;
    if (openedAt != null || failures >= threshold) {
      openedAt = clock.instant();
    }
  }

  /** Seconds until a trial call is allowed (for Retry-After), 0 when closed. */
  public synchronized long retryAfterSeconds() {
    if (openedAt == null) {
      return 0;
    }
    long remaining = Duration.between(clock.instant(), openedAt.plus(openFor)).toSeconds();
    return Math.max(1, remaining);
  }

  public synchronized State state() {
    if (openedAt == null) {
      return State.CLOSED;
    }
    return clock.instant().isBefore(openedAt.plus(openFor)) ? State.OPEN : State.HALF_OPEN;
  }
}
