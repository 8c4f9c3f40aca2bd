package id.go.okikab.devstack.demo.health;

import id.go.okikab.devstack.demo.DemoContext;
import id.go.okikab.devstack.demo.JourneyStep;
import id.go.okikab.devstack.demo.Seeding;
import id.go.okikab.devstack.demo.World;
import id.go.okikab.devstack.demo.civilregistry.CivilRegistryDemo;
import id.go.okikab.devstack.demo.civilregistry.Population;
import id.go.okikab.devstack.demo.civilregistry.PopulationListener;
import id.go.okikab.platform.domain.Sex;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Health's part of the demo: a puskesmas with its midwife in every kecamatan ({@code bidan1} for
 * Kayu Agung, demo accounts {@code bidan-<kecamatan>} for the others, see {@link Midwives}), the
 * pregnancies, deliveries and young children's care of {@link HealthData}, planned with the civil
 * registry's population (as a {@link PopulationListener}) and recorded by {@link HealthSeed}; and
 * the journey's steps at the puskesmas ({@link HealthJourney}).
 */
public final class HealthDemo implements DemoContext, PopulationListener {

  public static final String NAME = "health";

  /** The load's health data (planned). */
  public static final World.Key<HealthData> DATA = World.key(NAME, "data");

  private final HealthData.Planner planner = new HealthData.Planner();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> dependsOn() {
    return Set.of(CivilRegistryDemo.NAME);
  }

  // the plan follows the population's generation (in the civil registry's prepare)

  @Override
  public void childBorn(
      Generation generation, Population.Kecamatan kecamatan, Sex sex, LocalDate birthDate) {
    planner.childBorn(generation, kecamatan, sex, birthDate);
  }

  @Override
  public void householdRecorded(
      Generation generation, Population.Kecamatan kecamatan, int number, Population.Family family) {
    planner.householdRecorded(generation, kecamatan, number, family);
  }

  @Override
  public void kecamatanPopulated(Generation generation, Population.Kecamatan kecamatan) {
    planner.kecamatanPopulated(generation, kecamatan);
  }

  /** Completes the plan and makes the midwives' accounts. */
  @Override
  public void prepare(Seeding seeding) {
    HealthData data = planner.plan(seeding.world().get(CivilRegistryDemo.POPULATION));
    seeding.world().put(DATA, data);
    List<HealthData.Midwife> midwives =
        data.puskesmas().stream().map(HealthData.Puskesmas::midwife).toList();
    seeding.countCreated(Midwives.ensure(seeding.stack(), seeding.api().http(), midwives));
    seeding.progress(midwives.size() + " midwives");
  }

  @Override
  public String seed(Seeding seeding) {
    return new HealthSeed(seeding, seeding.world().get(DATA))
        .load(seeding.world().get(CivilRegistryDemo.YOUNG_CHILDREN));
  }

  @Override
  public List<JourneyStep> journey() {
    return HealthJourney.steps();
  }
}
