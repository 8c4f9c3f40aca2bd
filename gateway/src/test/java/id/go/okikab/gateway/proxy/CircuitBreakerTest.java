package id.go.okikab.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** When the circuit opens, stays open and closes again (threshold 5, 3 callers, open 10 s). */
class CircuitBreakerTest {

  /** A clock the test moves by hand. */
  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-11-28T08:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private final MutableClock clock = new MutableClock();
  private final CircuitBreaker breaker = new CircuitBreaker(5, 3, Duration.ofSeconds(10), clock);

  @Test
  void oneCallerCannotOpenItHoweverManyFailuresItCauses() {
    for (int i = 0; i < 100; i++) {
      breaker.onFailure("caller:attacker");
    }
    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(breaker.tryAcquire()).isTrue();
    breaker.onFailure("caller:accomplice"); // two callers are still not enough
    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void failuresFromThreeCallersOpenItOnceTheStreakReachesTheThreshold() {
    breaker.onFailure("caller:a");
    breaker.onFailure("caller:b");
    breaker.onFailure("ip:10.0.0.7");
    assertThat(breaker.state()).as("3 callers, 3 failures").isEqualTo(CircuitBreaker.State.CLOSED);
    breaker.onFailure("caller:a");
    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    breaker.onFailure("caller:b");
    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
    assertThat(breaker.tryAcquire()).isFalse();
    assertThat(breaker.retryAfterSeconds()).isEqualTo(10);
  }

  @Test
  void anAnswerEndsTheStreakSoItsCallersNoLongerCount() {
    breaker.onFailure("caller:a");
    breaker.onFailure("caller:b");
    breaker.onFailure("caller:a");
    breaker.onFailure("caller:b");
    breaker.onSuccess(); // e.g. a 500 or a 404: the service is answering
    breaker.onFailure("caller:c");
    breaker.onFailure("caller:c");
    breaker.onFailure("caller:c");
    breaker.onFailure("caller:c");
    breaker.onFailure("caller:c");
    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void connectionFailuresAloneOpenItWhoeverSentTheRequests() {
    for (int i = 0; i < 4; i++) {
      breaker.onUnreachable();
    }
    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    breaker.onUnreachable();
    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
  }

  @Test
  void eachConnectionFailureIsAWitnessBesideTheCallers() {
    breaker.onFailure("caller:a");
    breaker.onFailure("caller:a");
    breaker.onFailure("caller:a");
    breaker.onUnreachable();
    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    breaker.onUnreachable(); // 5 failures; witnesses: caller a and two refused connections
    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
  }

  @Test
  void moreCallersThanTheThresholdAreNeededWhenConfiguredSo() {
    CircuitBreaker strict = new CircuitBreaker(2, 4, Duration.ofSeconds(10), clock);
    strict.onUnreachable();
    strict.onUnreachable();
    strict.onUnreachable();
    assertThat(strict.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    strict.onUnreachable();
    assertThat(strict.state()).isEqualTo(CircuitBreaker.State.OPEN);
  }

  @Test
  void afterOpenForOneTrialGoesThroughAndItsSuccessClosesTheCircuit() {
    open();
    clock.advance(Duration.ofSeconds(9));
    assertThat(breaker.tryAcquire()).isFalse();
    assertThat(breaker.retryAfterSeconds()).isEqualTo(1);
    clock.advance(Duration.ofSeconds(1));
    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
    assertThat(breaker.tryAcquire()).as("the trial").isTrue();
    assertThat(breaker.tryAcquire()).as("only one trial at a time").isFalse();
    breaker.onSuccess();
    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(breaker.tryAcquire()).isTrue();
    assertThat(breaker.retryAfterSeconds()).isZero();
  }

  @Test
  void aFailedTrialOpensItAgainForAnyCaller() {
    open();
    clock.advance(Duration.ofSeconds(10));
    assertThat(breaker.tryAcquire()).isTrue();
    breaker.onFailure("caller:a");
    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
    assertThat(breaker.tryAcquire()).isFalse();
    clock.advance(Duration.ofSeconds(10));
    assertThat(breaker.tryAcquire()).isTrue();
    breaker.onUnreachable();
    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
  }

  private void open() {
    for (int i = 0; i < 5; i++) {
      breaker.onUnreachable();
    }
    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
  }
}
