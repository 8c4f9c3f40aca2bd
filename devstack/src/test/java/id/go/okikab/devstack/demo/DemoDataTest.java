package id.go.okikab.devstack.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.okikab.devstack.demo.civilregistry.OkiRegions;
import id.go.okikab.devstack.demo.civilregistry.Population;
import id.go.okikab.devstack.demo.civilregistry.PopulationListener;
import id.go.okikab.devstack.demo.health.HealthData;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The demo as a whole: its contexts are found and ordered without a shared list, their journey
 * steps make the journey of {@code ./oki demo}, and their data together is the demo data of before
 * the contexts were split — the same figures, the same records (compared by a digest of their
 * canonical form). Each context's own rules are tested in its package.
 */
class DemoDataTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  @Test
  void theContextsAreFoundAndOrderedByTheirDependencies() {
    List<DemoContext> contexts = DemoContexts.discover();
    List<String> names = contexts.stream().map(DemoContext::name).toList();
    assertThat(names).containsSubsequence("civil-registry", "health", "gateway");
    for (int i = 0; i < contexts.size(); i++) {
      assertThat(names.subList(0, i)).containsAll(contexts.get(i).dependsOn());
    }
    // health plans its data with the population's streams; no other context does (a new one draws
    // from a stream of its own, so that the existing demo data stays as it is)
    assertThat(contexts)
        .filteredOn(c -> c instanceof PopulationListener)
        .extracting(DemoContext::name)
        .containsExactly("health");
  }

  @Test
  void anUnknownDependencyACycleOrTwoContextsOfOneNameAreRefused() {
    assertThatThrownBy(() -> DemoContexts.order(List.of(context("tax", "land-registry"))))
        .isInstanceOf(DemoFailure.class)
        .hasMessageContaining("tax depends on land-registry");
    assertThatThrownBy(
            () -> DemoContexts.order(List.of(context("a", "b"), context("b", "a"), context("c"))))
        .isInstanceOf(DemoFailure.class)
        .hasMessageContaining("cycle: [a, b]");
    assertThatThrownBy(() -> DemoContexts.order(List.of(context("a"), context("a"))))
        .isInstanceOf(DemoFailure.class)
        .hasMessageContaining("two demo contexts are named a");
    assertThat(
            DemoContexts.order(
                List.of(
                    context("tax", "health"),
                    context("health", "civil-registry"),
                    context("civil-registry"),
                    context("communication", "civil-registry"))))
        .extracting(DemoContext::name)
        .containsExactly("civil-registry", "communication", "health", "tax");
  }

  @Test
  void theStepsOfTheContextsMakeTheJourney() {
    List<JourneyStep> steps =
        DemoContexts.discover().stream()
            .flatMap(c -> c.journey().stream())
            .sorted(java.util.Comparator.comparingInt(JourneyStep::order))
            .toList();
    assertThat(steps).extracting(JourneyStep::order).doesNotHaveDuplicates();
    // other contexts' steps may come between
    assertThat(steps.stream().filter(s -> !s.silent()).map(JourneyStep::title))
        .containsSubsequence(
            "warga1 and her family card (demo data)",
            "bidan1 registers warga1's pregnancy",
            "bidan1 records the ANC contacts K1-K6",
            "bidan1 records the delivery",
            "the civil registry opens a birth declaration from health.BirthReported",
            "dukcapil1 registers the birth",
            "health links the child; bidan1 gives HB0 and measures",
            "warga1 sees it in /me/overview and /me/timeline",
            "kominfo1 sees the birth in the dashboard and the live feed");
  }

  /**
   * The figures a first load reports (and the records it creates: bidan1 exists in the realm, the
   * other 17 midwives are made), on any day.
   */
  @Test
  void theDemoDataHasItsFigures() {
    for (LocalDate day : List.of(TODAY, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 15))) {
      assertThat(figures(DemoDataLoader.SEED, day, OkiRegions.load()))
          .as(day.toString())
          .isEqualTo(
              "residents=316 families=93 births=43 deaths=2 puskesmas=18 pregnancies=54 anc=211"
                  + " deliveries=18 children=61 immunisations=709 growth=80 visits=36"
                  + " created=1536");
    }
  }

  /**
   * Every record of the demo data, of its seed and of another, is what the one generator of before
   * the split into contexts made. A change of the demo data (or of a context's draws from the
   * population's streams) changes these digests: that is a change of what {@code ./oki up} loads,
   * and a load over an earlier one then creates other people.
   */
  @Test
  void theDemoDataIsTheSameAsBeforeTheContextsWereSplit() {
    List<Population.Kecamatan> regions = OkiRegions.load();
    assertThat(sha256(canonical(DemoDataLoader.SEED, TODAY, regions)))
        .isEqualTo("509f679792b4e56a06cbb260881563628503be6cf8ef939c718669d4e4507a03");
    assertThat(sha256(canonical(42L, LocalDate.of(2026, 1, 1), regions)))
        .isEqualTo("63f64cd334e3cfb9883b670784b93c1b5061b58edb0c493d47d588eb7a8d478b");
  }

  // ---- the demo data in one canonical text, with the figures a load counts

  /** The schedule the health service's migration holds (the figures are counted with it). */
  static final List<HealthData.ScheduleDose> SCHEDULE =
      id.go.okikab.devstack.demo.health.DemoDataTest.SCHEDULE;

  static String figures(long seed, LocalDate day, List<Population.Kecamatan> regions) {
    String text = canonical(seed, day, regions);
    return text.substring(text.lastIndexOf("residents="), text.length() - 1);
  }

  static String canonical(long seed, LocalDate day, List<Population.Kecamatan> regions) {
    HealthData.Planner planner = new HealthData.Planner();
    Population population = Population.generate(seed, day, regions, List.of(planner));
    HealthData health = planner.plan(population);
    StringBuilder out = new StringBuilder();
    int young = 0;
    int doses = 0;
    int growth = 0;
    int members = 0;
    int deaths = 0;
    for (Population.Family f : population.families()) {
      out.append("F ").append(f.kkNumber()).append('|').append(f.kecamatanCode()).append('|');
      out.append(f.address()).append('|').append(f.demoUser()).append('\n');
      for (Population.Member m : f.members()) {
        out.append("  M ").append(m.relationship()).append(' ').append(m.person()).append('\n');
        members++;
      }
      for (Population.Newborn b : f.births()) {
        HealthData.ChildCare c = health.care(f.kecamatanCode(), b);
        out.append("  B ").append(b.name()).append('|').append(b.sex()).append('|');
        out.append(b.birthDate()).append('|').append(b.birthTime()).append('|');
        out.append(b.birthPlace()).append('|').append(b.birthDesaCode()).append("|care=");
        out.append(c.stopsAtAgeDays()).append('|').append(new TreeSet<>(c.skippedVaccines()));
        out.append('|').append(c.delaySeed()).append('|').append(c.lengthZ()).append('|');
        out.append(c.weightZ()).append('|').append(c.measuredDaysAgo()).append('\n');
        young++;
        for (HealthData.PlannedDose d : HealthData.doses(SCHEDULE, b.birthDate(), c, day)) {
          out.append("    d ").append(d).append('\n');
          doses++;
        }
        for (HealthData.Measurement m : HealthData.measurements(b.sex(), b.birthDate(), c, day)) {
          out.append("    m ").append(m).append('\n');
          growth++;
        }
      }
      for (Population.Death d : f.deaths()) {
        out.append("  D ").append(d).append('\n');
        deaths++;
      }
    }
    int pregnancies = 0;
    int anc = 0;
    int deliveries = 0;
    int midwives = 0;
    for (HealthData.Puskesmas p : health.puskesmas()) {
      out.append("P ").append(p.facilityCode()).append('|').append(p.kecamatan().code());
      out.append('|').append(p.midwife()).append('\n');
      midwives += p.midwife().demoUser() ? 0 : 1;
      for (HealthData.Pregnancy g : p.pregnancies()) {
        out.append("  G ").append(g.motherNik()).append('|').append(g.desaCode()).append('|');
        out.append(g.kohortNumber()).append('|').append(g.hpht()).append('|');
        out.append(g.gravida()).append('|').append(g.parity()).append('|');
        out.append(g.lastBirthDate()).append('|').append(g.heightCm()).append('|');
        out.append(g.riskFactors()).append('\n');
        pregnancies++;
        for (HealthData.AncVisit v : g.visits()) {
          out.append("    V ").append(v).append('\n');
          anc++;
        }
        if (g.delivery() != null) {
          out.append("    X ").append(g.delivery()).append('\n');
          deliveries++;
        }
      }
    }
    // as the seeds count: a newborn's HB0 and birth measurement, KN1 and KF1 for each delivery
    int created =
        members
            + population.families().size()
            + young
            + deaths
            + midwives
            + pregnancies
            + anc
            + deliveries
            + 2 * deliveries
            + doses
            + deliveries
            + growth
            + deliveries;
    out.append(
        String.format(
            "residents=%d families=%d births=%d deaths=%d puskesmas=%d pregnancies=%d anc=%d"
                + " deliveries=%d children=%d immunisations=%d growth=%d visits=%d created=%d",
            members + young,
            population.families().size(),
            young,
            deaths,
            health.puskesmas().size(),
            pregnancies,
            anc,
            deliveries,
            young + deliveries,
            doses + deliveries,
            growth + deliveries,
            2 * deliveries,
            created));
    out.append('\n');
    return out.toString();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static DemoContext context(String name, String... dependsOn) {
    return new DemoContext() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<String> dependsOn() {
        return Set.of(dependsOn);
      }
    };
  }
}
