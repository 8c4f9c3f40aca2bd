package id.go.okikab.devstack.demo;

import id.go.okikab.devstack.Stack;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One demo data load as a context sees it: the platform's API (through the gateway, with the demo
 * users' real tokens), the load's world, its seed and day, the progress it prints, and the count of
 * records it created.
 */
public final class Seeding {

  /** The platform's zone: the load's day, and the journey's, are days in WIB. */
  public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private static final int THREADS = 4;

  private final Stack stack;
  private final Api api;
  private final World world = new World();
  private final long seed;
  private final LocalDate today;
  private final DemoDataLoader.Progress progress;
  private final List<DemoContext> contexts;
  private final Instant started = Instant.now();
  private final AtomicInteger created = new AtomicInteger();

  Seeding(
      Stack stack,
      long seed,
      LocalDate today,
      DemoDataLoader.Progress progress,
      List<DemoContext> contexts) {
    this.stack = stack;
    this.api = new Api(stack);
    this.seed = seed;
    this.today = today;
    this.progress = progress;
    this.contexts = List.copyOf(contexts);
  }

  public Stack stack() {
    return stack;
  }

  public Api api() {
    return api;
  }

  public World world() {
    return world;
  }

  /** The seed of the load's demo data ({@link DemoDataLoader#SEED}). */
  public long seed() {
    return seed;
  }

  /** The load's day in WIB, around which the young children and the health records are placed. */
  public LocalDate today() {
    return today;
  }

  Instant started() {
    return started;
  }

  /** Reports a finished part of the load, with the seconds since the load began. */
  public void progress(String what) {
    progress.done(what + " (" + Duration.between(started, Instant.now()).toSeconds() + " s)");
  }

  /** Counts {@code answer}'s record as created now, unless it is the replay of an earlier one. */
  public void countCreated(Api.Response answer) {
    if (answer.headers().firstValue("Idempotent-Replayed").isEmpty()) {
      created.incrementAndGet();
    }
  }

  /** Counts {@code records} made now (e.g. users). */
  public void countCreated(int records) {
    created.addAndGet(records);
  }

  int created() {
    return created.get();
  }

  /**
   * The contexts of this load that are also a {@code type}, in the load's order: how a context
   * offers others a part in what it does (e.g. the civil registry's population listeners).
   */
  public <T> List<T> contexts(Class<T> type) {
    return contexts.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Runs {@code work} over {@code inputs} on a few threads; the first failure stops the rest. */
  public <T, R> List<R> parallel(List<T> inputs, Function<T, R> work) {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T input : inputs) {
        futures.add(pool.submit(() -> work.apply(input)));
      }
      List<R> results = new ArrayList<>();
      for (Future<R> future : futures) {
        try {
          results.add(future.get());
        } catch (ExecutionException e) {
          pool.shutdownNow();
          if (e.getCause() instanceof DemoFailure failure) {
            throw failure;
          }
          throw new DemoFailure("the demo load failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new DemoFailure("interrupted", e);
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
