package id.go.okikab.devstack.demo.civilregistry;

import id.go.okikab.devstack.demo.civilregistry.Population.Family;
import id.go.okikab.devstack.demo.civilregistry.Population.Kecamatan;
import id.go.okikab.platform.domain.Sex;
import java.time.LocalDate;
import java.util.Random;

/**
 * A context whose demo data is part of the population's lives, planned as the population is
 * generated: a {@link id.go.okikab.devstack.demo.DemoContext} that is also a listener is told of
 * each young child born, each household recorded and each kecamatan done, and draws what it adds
 * there from the population's streams (health: the child's care, the pregnancy of a young couple,
 * the kecamatan's midwife). Listeners run in the load's order.
 *
 * <p>What a listener draws from {@link Generation#lives()} or {@link Generation#people()} is part
 * of the population's random sequence: the population of a seed is the same only with the same
 * listeners drawing the same way. A context added later plans from the finished population (the
 * world's {@link CivilRegistryDemo#POPULATION}) with a {@link Random} of its own instead, so that
 * it leaves the existing demo data as it is.
 */
public interface PopulationListener {

  /**
   * A young child's sex and birth date are drawn (unique in the kecamatan); the child is named
   * after this, from the same stream.
   */
  default void childBorn(
      Generation generation, Kecamatan kecamatan, Sex sex, LocalDate birthDate) {}

  /**
   * A household of the kecamatan is on its card. Its number is its place in the kecamatan: 0–2
   * young couples (the wife 20–38) with their older children and sometimes a toddler, 3 a young
   * family with children under five, 4 an older family or a single parent's.
   */
  default void householdRecorded(
      Generation generation, Kecamatan kecamatan, int number, Family household) {}

  /** Every household of the kecamatan is recorded. */
  default void kecamatanPopulated(Generation generation, Kecamatan kecamatan) {}

  /** The generation in progress, as a listener takes part in it. */
  interface Generation {

    long seed();

    /** The day (WIB) the young children are placed around. */
    LocalDate today();

    /** The kecamatan's stream of young lives: young children and what listeners add to them. */
    Random lives();

    /** The kecamatan's stream of its registered people. */
    Random people();

    /**
     * Takes a young child's (kecamatan, sex, birth date), e.g. of a baby born at the puskesmas, so
     * that the registry's young children of the kecamatan are told apart from it.
     *
     * @return false when it was taken already
     */
    boolean reserveYoungChild(String kecamatanCode, Sex sex, LocalDate birthDate);
  }
}
