package id.go.okikab.devstack.demo;

import java.util.function.Consumer;

/**
 * A step of the demo journey: its place in the story ({@link #order()}: the steps of all contexts
 * run by it, see {@link DemoContext#journey()}), its title (printed as {@code [n] title}; none for
 * a silent preparation) and what it does: calls through the journey's API, printing with {@link
 * Journey#say} and waiting for the events it causes with {@link Journey#expectEvents}, and puts
 * what it made into the journey's world for the steps that follow.
 */
public record JourneyStep(int order, String title, Consumer<Journey> action) {

  /** A numbered step of the journey's output. */
  public static JourneyStep step(int order, String title, Consumer<Journey> action) {
    return new JourneyStep(order, title, action);
  }

  /**
   * Something later steps need done beforehand without a step of its own in the output (e.g.
   * opening the live feed before the event it should show).
   */
  public static JourneyStep preparation(int order, Consumer<Journey> action) {
    return new JourneyStep(order, null, action);
  }

  public boolean silent() {
    return title == null;
  }
}
