package id.go.okikab.devstack.demo;

import id.go.okikab.devstack.Stack;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The platform's main cross-agency journey, run against a running platform through the gateway with
 * the demo users' real tokens, printing each step and the events it caused: the steps of every
 * {@link DemoContext}, by their order — the midwife {@code bidan1} registers {@code warga1}'s
 * pregnancy, her ANC contacts and the delivery; the civil registry opens a birth declaration from
 * {@code health.BirthReported} and {@code dukcapil1} registers the birth (a NIK, the family card,
 * the certificate); health links the child and gives the first care; {@code warga1} sees it in her
 * overview and timeline, and {@code kominfo1} in the dashboard and the live feed.
 *
 * <p>Re-runnable on the same platform: each run is a new pregnancy and a new child of warga1. Needs
 * the demo data ({@link DemoDataLoader}).
 */
public final class DemoJourney {

  /** What the journey made (its world: the facts its steps put) and how long it took. */
  public record Result(World facts, Duration took) {

    /** A fact the journey's steps put, e.g. the new child's NIK. */
    public <T> T get(World.Key<T> key) {
      return facts.get(key);
    }
  }

  private DemoJourney() {}

  /**
   * Runs the journey, printing to {@code out}.
   *
   * @throws DemoFailure naming the step that failed and why (a refused request with its answer, or
   *     an asynchronous effect that did not come within its time)
   */
  public static Result run(Stack stack, Consumer<String> out) {
    Instant started = Instant.now();
    List<JourneyStep> steps =
        DemoContexts.discover().stream()
            .flatMap(c -> c.journey().stream())
            .sorted(Comparator.comparingInt(JourneyStep::order))
            .toList();
    Api api = new Api(stack);
    Journey journey = new Journey(stack, api, out);
    out.accept(
        "The demo journey: a birth in Kayu Agung, from the midwife to the citizen's app and the"
            + " regency dashboard");
    out.accept("(gateway " + api.base() + ", events from Kafka " + stack.bootstrapServers() + ")");
    try (EventWatch watch = new EventWatch(stack)) {
      journey.watch(watch);
      int number = 0;
      for (JourneyStep step : steps) {
        if (step.silent()) {
          step.action().accept(journey);
        } else {
          run(++number, step, journey, out);
        }
      }
      Duration took = Duration.between(started, Instant.now());
      out.accept("");
      out.accept(
          "The journey is complete ("
              + took.toMillis() / 1000.0
              + " s): "
              + String.join(", ", journey.outcomes()));
      return new Result(journey.world(), took);
    } finally {
      journey.closeResources();
    }
  }

  private static void run(int number, JourneyStep step, Journey journey, Consumer<String> out) {
    out.accept("");
    out.accept("[" + number + "] " + step.title());
    Instant started = Instant.now();
    try {
      step.action().accept(journey);
      out.accept("    ok (" + Duration.between(started, Instant.now()).toMillis() / 1000.0 + " s)");
    } catch (DemoFailure e) {
      throw new DemoFailure(
          "step " + number + " (" + step.title() + ") failed:\n" + e.getMessage(), e);
    }
  }
}
