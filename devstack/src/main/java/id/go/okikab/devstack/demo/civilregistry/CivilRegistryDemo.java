package id.go.okikab.devstack.demo.civilregistry;

import id.go.okikab.devstack.demo.DemoContext;
import id.go.okikab.devstack.demo.JourneyStep;
import id.go.okikab.devstack.demo.Seeding;
import id.go.okikab.devstack.demo.World;
import id.go.okikab.devstack.demo.civilregistry.Population.Kecamatan;
import id.go.okikab.devstack.demo.civilregistry.Population.Newborn;
import java.time.LocalDate;
import java.util.List;

/**
 * The civil registry's part of the demo: the population of OKI ({@link Population}) recorded by the
 * registry officer {@code dukcapil1} — the families' existing cards, the young children's births
 * and a few deaths ({@link CivilRegistrySeed}) — and the journey's steps at the registry ({@link
 * CivilRegistryJourney}).
 */
public final class CivilRegistryDemo implements DemoContext {

  public static final String NAME = "civil-registry";

  /** The load's population (planned: what the registry records). */
  public static final World.Key<Population> POPULATION = World.key(NAME, "population");

  /** The young children whose births the registry registered, as recorded (after the seed). */
  public static final World.Key<List<YoungChild>> YOUNG_CHILDREN =
      World.key(NAME, "young children on record");

  /** A young child whose birth the registry registered: its kecamatan and recorded birth date. */
  public record YoungChild(String kecamatanCode, Newborn birth, LocalDate bornOn) {}

  static final String REGISTRY_OFFICER = "dukcapil1";

  @Override
  public String name() {
    return NAME;
  }

  /** Reads OKI's regions from the registry and generates the population. */
  @Override
  public void prepare(Seeding seeding) {
    List<Kecamatan> regions = CivilRegistrySeed.regions(seeding.api());
    seeding.progress(regions.size() + " kecamatan");
    seeding
        .world()
        .put(
            POPULATION,
            Population.generate(
                seeding.seed(),
                seeding.today(),
                regions,
                seeding.contexts(PopulationListener.class)));
  }

  @Override
  public String seed(Seeding seeding) {
    return new CivilRegistrySeed(seeding).load(seeding.world().get(POPULATION));
  }

  @Override
  public List<JourneyStep> journey() {
    return CivilRegistryJourney.steps();
  }
}
