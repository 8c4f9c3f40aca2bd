package id.go.okikab.gateway.service;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Token buckets per key (a caller or an IP): {@code perMinute} requests, refilled continuously. In
 * memory, per gateway replica: behind N replicas a caller gets up to N times the limit, which keeps
 * the protection against floods without a shared store.
 */
public final class RateLimiter {

  /** The decision for one request. */
  public record Decision(boolean allowed, long retryAfterSeconds) {}

  private static final class Bucket {
    double tokens;
    long refilledAtNanos;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.refilledAtNanos = now;
    }
  }

  private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int maxKeys;

  public RateLimiter(Clock clock, int maxKeys) {
    this.clock = clock;
    this.maxKeys = maxKeys;
  }

  /** Takes one token from {@code key}'s bucket of {@code perMinute}. */
  public Decision take(String key, int perMinute) {
    long now = nanos();
    if (buckets.size() > maxKeys) {
      evictFull(now, perMinute);
    }
    Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now));
    synchronized (bucket) {
      double perNano = perMinute / 60e9;
      bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.refilledAtNanos) * perNano);
      bucket.refilledAtNanos = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return new Decision(true, 0);
      }
      long wait = (long) Math.ceil((1 - bucket.tokens) / perNano / 1e9);
      return new Decision(false, Math.max(1, wait));
    }
  }

  /** Forgets buckets that are full again (their callers went quiet). */
  private void evictFull(long now, int perMinute) {
    double perNano = perMinute / 60e9;
    buckets
        .entrySet()
        .removeIf(
            e -> {
              synchronized (e.getValue()) {
                return e.getValue().tokens + (now - e.getValue().refilledAtNanos) * perNano
                    >= perMinute;
              }
            });
  }

  private long nanos() {
    return clock.millis() * 1_000_000L;
  }
}
