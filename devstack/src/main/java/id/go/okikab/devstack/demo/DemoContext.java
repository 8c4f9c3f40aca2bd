package id.go.okikab.devstack.demo;

import java.util.List;
import java.util.Set;

/**
 * One context's part of the demo: its seed data, loaded (or completed) through its service's API by
 * {@code ./oki up} and {@code ./oki demo-data}, and its steps of the journey of {@code ./oki demo}.
 * Each context is a package of its own ({@code demo/<context>/}: its data, its loader, its journey
 * steps) with one implementation of this interface, listed in {@code
 * META-INF/services/id.go.okikab.devstack.demo.DemoContext}; {@link DemoContexts} finds them and
 * orders them by {@link #dependsOn()}. Nothing else lists the contexts.
 *
 * <p>A load ({@link DemoDataLoader}) calls {@link #prepare} of every context in that order, then
 * {@link #seed} of every context in that order; a context finds what an earlier one planned or
 * recorded in the load's {@link World} (the residents and family cards of the civil registry, for
 * health). A journey ({@link DemoJourney}) runs the {@link #journey()} steps of every context by
 * their {@link JourneyStep#order()}, with a world of its own (the journey's mother, its baby). An
 * instance serves one load or one journey.
 */
public interface DemoContext {

  /** Its name ({@code "civil-registry"}, {@code "health"}), as other contexts depend on it. */
  String name();

  /** The contexts whose demo data this one builds on: it is prepared and seeded after them. */
  default Set<String> dependsOn() {
    return Set.of();
  }

  /**
   * Reads the reference data its plan needs from the platform, plans its demo data (deterministic
   * for the load's {@link Seeding#seed()} and {@link Seeding#today()}) into the world, and makes
   * the users its seed acts as. Nothing of its records is written yet.
   */
  default void prepare(Seeding seeding) {}

  /**
   * Loads its planned data through the APIs, or completes what is missing of it (a repeated load
   * finds what exists and creates nothing twice).
   *
   * @return what the platform now holds of its demo data, one clause of the load's summary; {@code
   *     null} when it has no data of its own
   * @throws DemoFailure naming the refused request and the platform's answer
   */
  default String seed(Seeding seeding) {
    return null;
  }

  /**
   * Its steps of the journey. The steps of all contexts run by their order, which places each in
   * the story: 100s who the journey is about (the civil registry's warga1 and her card), 200s at
   * the puskesmas (pregnancy, ANC, delivery), 300s at the registry (the birth's registration), 400s
   * back at the puskesmas, 500s what the citizen and the regency see; a silent {@link
   * JourneyStep#preparation} runs before the steps that need it.
   */
  default List<JourneyStep> journey() {
    return List.of();
  }
}
