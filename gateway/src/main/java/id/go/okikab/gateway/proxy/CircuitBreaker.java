package id.go.okikab.gateway.proxy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A circuit breaker for one backend that no single caller can open (ADR 0012).
 *
 * <p>Only outages count as failures. A timeout or a 502/503/504 answer may be caused by the request
 * itself, so it is a failure <em>of its caller</em> ({@link #onFailure(String)}); a connection that
 * could not be made at all is not caused by any request, so it counts without regard to the caller
 * ({@link #onUnreachable()}). Any other answer, 500 included, shows the service up and answering
 * ({@link #onSuccess()}) and ends the streak of consecutive failures.
 *
 * <p>The circuit opens when the current streak has at least {@code threshold} failures from at
 * least {@code minCallers} witnesses, where each distinct caller of a caller's failure is one
 * witness and every connection failure is one of its own: a service that refuses connections opens
 * it after {@code max(threshold, minCallers)} attempts, as it always did, while one caller's
 * requests can lengthen the streak but never open it. Open, calls fail at once for {@code openFor};
 * then one trial call is let through (half open): its success closes the circuit, any failure opens
 * it again.
 */
public final class CircuitBreaker {

  /** The circuit's state. */
  public enum State {
    CLOSED,
    OPEN,
    HALF_OPEN
  }

  private final int threshold;
  private final int minCallers;
  private final Duration openFor;
  private final Clock clock;
  private int failures;
  private int unreachable;
  private final Set<String> callers = new HashSet<>();
  private Instant openedAt;
  private boolean trialInFlight;

  public CircuitBreaker(int threshold, int minCallers, Duration openFor, Clock clock) {
    this.threshold = Math.max(1, threshold);
    this.minCallers = Math.max(1, minCallers);
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

  /** The service answered (anything but 502, 503, 504): the streak ends, the circuit closes. */
  public synchronized void onSuccess() {
    failures = 0;
    unreachable = 0;
    callers.clear();
    openedAt = null;
    trialInFlight = false;
  }

  /**
   * The service timed out or answered 502, 503 or 504 to a request of {@code caller} (the gateway's
   * rate-limit key: token subject, agency client id or {@code ip:<address>}).
   */
  public synchronized void onFailure(String caller) {
    if (callers.size() < minCallers) { // more are never needed
      callers.add(caller == null ? "unknown" : caller);
    }
    failed();
  }

  /** No connection to the service could be made: not caused by any request. */
  public synchronized void onUnreachable() {
    unreachable++;
    failed();
  }

  private void failed() {
    trialInFlight = false;
    failures++;
    if (openedAt != null // a failed trial, or a call that was in flight when it opened
        || failures >= threshold && callers.size() + unreachable >= minCallers) {
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
