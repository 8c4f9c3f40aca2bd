package id.go.okikab.devstack.demo;

import id.go.okikab.devstack.Stack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One run of the demo journey as its steps see it: the platform's API (through the gateway, with
 * the demo users' real tokens), the journey's world, the events on the platform's topics since the
 * journey began, and its output.
 */
public final class Journey {

  /** How long a step waits for an asynchronous effect (an event, a read model, a linked record). */
  public static final Duration ASYNC = Duration.ofSeconds(45);

  private final Stack stack;
  private final Api api;
  private final World world = new World();
  private final Consumer<String> out;
  private final List<String> outcomes = new ArrayList<>();
  private final List<AutoCloseable> resources = new ArrayList<>();
  private EventWatch events;

  Journey(Stack stack, Api api, Consumer<String> out) {
    this.stack = stack;
    this.api = api;
    this.out = out;
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

  /** Prints a line of the current step. */
  public void say(String line) {
    out.accept("    " + line);
  }

  /**
   * Shows the events that arrive until each of {@code expected} has been seen, then what follows
   * within a short quiet period.
   *
   * @throws DemoFailure when an expected event does not arrive within {@link #ASYNC}
   */
  public void expectEvents(String what, List<Predicate<EventWatch.Event>> expected) {
    events.expect(e -> out.accept("      event  " + e.line()), ASYNC, expected, what);
  }

  /** Adds {@code label value} to the journey's closing line ("pregnancy 0a1b…"). */
  public void outcome(String label, String value) {
    outcomes.add(label + " " + value);
  }

  /** Keeps {@code resource} open until the journey ends (e.g. a live feed a later step reads). */
  public <T extends AutoCloseable> T openUntilTheEnd(T resource) {
    resources.add(resource);
    return resource;
  }

  void watch(EventWatch events) {
    this.events = events;
  }

  List<String> outcomes() {
    return outcomes;
  }

  void closeResources() {
    for (int i = resources.size() - 1; i >= 0; i--) {
      try {
        resources.get(i).close();
      } catch (Exception e) {
        // closing what the journey opened; nothing depends on it any more
      }
    }
    resources.clear();
  }
}
