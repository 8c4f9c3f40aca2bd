package id.go.okikab.devstack.demo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The demo's contexts: found with {@link ServiceLoader} ({@code
 * META-INF/services/id.go.okikab.devstack.demo.DemoContext}), ordered so that each comes after the
 * contexts it depends on (among the ready ones, by name).
 */
public final class DemoContexts {

  private DemoContexts() {}

  /** New instances of every context on the class path, in the order of their dependencies. */
  public static List<DemoContext> discover() {
    List<DemoContext> found = new ArrayList<>();
    ServiceLoader.load(DemoContext.class, DemoContext.class.getClassLoader()).forEach(found::add);
    return order(found);
  }

  /**
   * {@code contexts} in the order of their dependencies: a context after those it depends on, and
   * among those whose dependencies are all placed, by name.
   *
   * @throws DemoFailure for two contexts of one name, a dependency on an unknown context, or a
   *     cycle
   */
  static List<DemoContext> order(Collection<DemoContext> contexts) {
    Map<String, DemoContext> byName = new TreeMap<>();
    for (DemoContext context : contexts) {
      DemoContext before = byName.put(context.name(), context);
      if (before != null) {
        throw new DemoFailure(
            "two demo contexts are named "
                + context.name()
                + ": "
                + before.getClass().getName()
                + " and "
                + context.getClass().getName());
      }
    }
    for (DemoContext context : byName.values()) {
      for (String dependency : context.dependsOn()) {
        if (!byName.containsKey(dependency)) {
          throw new DemoFailure(
              "the demo context "
                  + context.name()
                  + " depends on "
                  + dependency
                  + ", which is not one of "
                  + byName.keySet());
        }
      }
    }
    Map<String, DemoContext> placed = new LinkedHashMap<>();
    while (placed.size() < byName.size()) {
      DemoContext next =
          byName.values().stream()
              .filter(c -> !placed.containsKey(c.name()))
              .filter(c -> placed.keySet().containsAll(c.dependsOn()))
              .min(Comparator.comparing(DemoContext::name))
              .orElseThrow(
                  () ->
                      new DemoFailure(
                          "the demo contexts depend on each other in a cycle: "
                              + byName.keySet().stream()
                                  .filter(n -> !placed.containsKey(n))
                                  .toList()));
      placed.put(next.name(), next);
    }
    return List.copyOf(placed.values());
  }
}
