package id.go.okikab.devstack.demo.health;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.okikab.devstack.demo.DemoDataLoader;
import id.go.okikab.devstack.demo.civilregistry.OkiRegions;
import id.go.okikab.devstack.demo.civilregistry.Population;
import id.go.okikab.devstack.demo.civilregistry.Population.Family;
import id.go.okikab.devstack.demo.civilregistry.Population.Newborn;
import id.go.okikab.devstack.demo.civilregistry.Population.Person;
import id.go.okikab.devstack.demo.health.HealthData.ChildCare;
import id.go.okikab.devstack.demo.health.HealthData.PlannedDose;
import id.go.okikab.devstack.demo.health.HealthData.Pregnancy;
import id.go.okikab.devstack.demo.health.HealthData.Puskesmas;
import id.go.okikab.devstack.demo.health.HealthData.ScheduleDose;
import id.go.okikab.platform.domain.Sex;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Health's demo data, planned with the civil registry's population: a midwife and pregnancies at
 * every stage in each puskesmas, valid by the KIA rules; every young child's care; doses on the
 * schedule and plausible growth; the same for the same seed and day.
 */
public class DemoDataTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  static List<Population.Kecamatan> regions;
  static Population population;
  static HealthData data;

  @BeforeAll
  static void generate() {
    regions = OkiRegions.load();
    HealthData.Planner planner = new HealthData.Planner();
    population = Population.generate(DemoDataLoader.SEED, TODAY, regions, List.of(planner));
    data = planner.plan(population);
  }

  @Test
  void everyPuskesmasHasItsMidwifeAndPregnanciesAtEveryStage() {
    assertThat(data.puskesmas()).hasSize(18);
    Map<String, Person> women = new HashMap<>();
    population.residents().forEach(p -> women.put(p.nik(), p));
    for (Puskesmas puskesmas : data.puskesmas()) {
      String code = puskesmas.kecamatan().code();
      assertThat(puskesmas.facilityCode()).isEqualTo("P-" + code);
      assertThat(puskesmas.midwife().facilityCode()).isEqualTo("P-" + code);
      assertThat(puskesmas.midwife().username())
          .isEqualTo(code.equals("160205") ? "bidan1" : "bidan-" + code);
      assertThat(puskesmas.pregnancies()).hasSize(3);
      assertThat(puskesmas.pregnancies()).filteredOn(p -> p.delivery() != null).hasSize(1);
      for (Pregnancy p : puskesmas.pregnancies()) {
        Person mother = women.get(p.motherNik());
        assertThat(mother.sex()).isEqualTo(Sex.FEMALE);
        int age = Period.between(mother.birthDate(), p.hpht()).getYears();
        assertThat(age).isBetween(15, 49);
        assertThat(p.desaCode()).startsWith(code);
        assertThat(p.hpht()).isBefore(TODAY).isAfter(TODAY.minusWeeks(44));
        assertThat(p.parity()).isLessThan(p.gravida());
        if (p.lastBirthDate() != null) {
          assertThat(p.lastBirthDate()).isBefore(p.hpht());
          assertThat(p.parity()).isPositive();
        }
        assertThat(p.visits()).isNotEmpty();
        assertThat(p.visits().get(0).withDoctor()).isTrue();
        LocalDate previous = p.hpht();
        for (HealthData.AncVisit visit : p.visits()) {
          assertThat(visit.date()).isAfter(previous).isBeforeOrEqualTo(TODAY);
          previous = visit.date();
        }
        if (p.delivery() != null) {
          LocalDate born = p.delivery().bornAt().toLocalDate();
          assertThat(born).isAfter(previous).isBefore(TODAY);
          long weeks = (born.toEpochDay() - p.hpht().toEpochDay()) / 7;
          assertThat(weeks).isBetween(37L, 41L);
          assertThat(p.visits()).hasSize(6);
        }
      }
    }
  }

  @Test
  void warga1sPregnancyIsTheJourneysNotTheLoads() {
    assertThat(data.puskesmas().stream().flatMap(p -> p.pregnancies().stream()))
        .noneMatch(p -> p.motherNik().equals(Population.WARGA1_NIK));
  }

  @Test
  void everyYoungChildHasItsCareAndWarga2sSonIsOnTime() {
    for (Family family : population.families()) {
      for (Newborn child : family.births()) {
        assertThat(data.care(family.kecamatanCode(), child)).as(child.name()).isNotNull();
      }
    }
    Family warga2 = population.familyOf("warga2");
    ChildCare rizki = data.care(warga2.kecamatanCode(), warga2.births().get(0));
    assertThat(rizki.skippedVaccines()).isEmpty();
    assertThat(rizki.stopsAtAgeDays()).isEqualTo(Integer.MAX_VALUE);
    assertThat(rizki.measuredDaysAgo()).containsExactly(35, 3);
  }

  @Test
  void youngChildrenAndTheBabiesBornAtThePuskesmasAreToldApartBySexAndBirthDate() {
    Set<String> keys = new HashSet<>();
    for (Family family : population.families()) {
      for (Newborn child : family.births()) {
        assertThat(keys.add(family.kecamatanCode() + child.sex() + child.birthDate())).isTrue();
      }
    }
    for (Puskesmas puskesmas : data.puskesmas()) {
      for (Pregnancy p : puskesmas.pregnancies()) {
        if (p.delivery() != null) {
          assertThat(
                  keys.add(
                      puskesmas.kecamatan().code()
                          + p.delivery().sex()
                          + p.delivery().bornAt().toLocalDate()))
              .isTrue();
        }
      }
    }
  }

  @Test
  void theSameSeedAndDayGiveTheSameData() {
    HealthData.Planner planner = new HealthData.Planner();
    Population again = Population.generate(DemoDataLoader.SEED, TODAY, regions, List.of(planner));
    assertThat(again.families()).isEqualTo(population.families());
    assertThat(planner.plan(again).puskesmas()).isEqualTo(data.puskesmas());
  }

  @Test
  void dosesFollowTheScheduleOnTimeAndInOrder() {
    LocalDate born = TODAY.minusDays(400);
    ChildCare onTime = new ChildCare(Integer.MAX_VALUE, Set.of(), 7, 0, 0, List.of(0));
    List<PlannedDose> doses = HealthData.doses(SCHEDULE, born, onTime, TODAY);
    // every dose due by 400 days: all but DPT-HB-Hib 4 and MR2 (548 days)
    assertThat(doses).hasSize(18);
    Map<String, LocalDate> previous = new HashMap<>();
    Map<String, ScheduleDose> byKey = new HashMap<>();
    SCHEDULE.forEach(d -> byKey.put(d.vaccine() + d.doseNo(), d));
    for (PlannedDose dose : doses) {
      ScheduleDose rule = byKey.get(dose.vaccine() + dose.doseNo());
      long age = dose.givenOn().toEpochDay() - born.toEpochDay();
      assertThat(age).isGreaterThanOrEqualTo(rule.minAgeDays());
      assertThat(age).isBetween((long) rule.recommendedAgeDays(), rule.recommendedAgeDays() + 40L);
      if (rule.maxAgeDays() != null) {
        assertThat(age).isLessThanOrEqualTo(rule.maxAgeDays());
      }
      LocalDate before = previous.put(dose.vaccine(), dose.givenOn());
      if (rule.doseNo() > 1) {
        assertThat(before).as("the previous dose comes first").isNotNull();
        assertThat(dose.givenOn()).isAfterOrEqualTo(before.plusDays(rule.minIntervalDays()));
      }
      assertThat(dose.givenOn()).isBeforeOrEqualTo(TODAY);
    }
    assertThat(doses).isSortedAccordingTo((a, b) -> a.givenOn().compareTo(b.givenOn()));

    ChildCare stopped = new ChildCare(100, Set.of("RV"), 7, 0, 0, List.of(0));
    assertThat(HealthData.doses(SCHEDULE, born, stopped, TODAY))
        .allMatch(d -> d.givenOn().toEpochDay() - born.toEpochDay() <= 100)
        .noneMatch(d -> d.vaccine().equals("RV"));
  }

  @Test
  void measurementsArePlausibleAndMeasuredLyingUnderTwoYears() {
    for (Family family : population.families()) {
      for (Newborn child : family.births()) {
        ChildCare care = data.care(family.kecamatanCode(), child);
        for (HealthData.Measurement m :
            HealthData.measurements(child.sex(), child.birthDate(), care, TODAY)) {
          long age = m.measuredOn().toEpochDay() - child.birthDate().toEpochDay();
          assertThat(m.position()).isEqualTo(age < 731 ? "LYING" : "STANDING");
          assertThat(m.weightKg().doubleValue()).isBetween(1.5, 30.0);
          assertThat(m.lengthCm().doubleValue()).isBetween(40.0, 125.0);
          assertThat(m.weightKg().scale()).isEqualTo(2);
          assertThat(m.lengthCm().scale()).isEqualTo(1);
        }
      }
    }
  }

  // ---- fixtures

  /** The national schedule as the health service's migration holds it. */
  public static final List<ScheduleDose> SCHEDULE =
      List.of(
          new ScheduleDose("HB0", 1, 0, 0, null, 7),
          new ScheduleDose("BCG", 1, 30, 0, null, 364),
          new ScheduleDose("OPV", 1, 30, 0, null, null),
          new ScheduleDose("OPV", 2, 61, 28, 28, null),
          new ScheduleDose("OPV", 3, 91, 56, 28, null),
          new ScheduleDose("OPV", 4, 122, 84, 28, null),
          new ScheduleDose("DPT-HB-HIB", 1, 61, 42, null, null),
          new ScheduleDose("DPT-HB-HIB", 2, 91, 70, 28, null),
          new ScheduleDose("DPT-HB-HIB", 3, 122, 98, 28, null),
          new ScheduleDose("DPT-HB-HIB", 4, 548, 365, 182, null),
          new ScheduleDose("PCV", 1, 61, 42, null, null),
          new ScheduleDose("PCV", 2, 91, 70, 28, null),
          new ScheduleDose("PCV", 3, 365, 274, 56, null),
          new ScheduleDose("RV", 1, 61, 42, null, 168),
          new ScheduleDose("RV", 2, 91, 70, 28, 168),
          new ScheduleDose("RV", 3, 122, 98, 28, 168),
          new ScheduleDose("IPV", 1, 122, 98, null, null),
          new ScheduleDose("IPV", 2, 274, 182, 120, null),
          new ScheduleDose("MR", 1, 274, 274, null, null),
          new ScheduleDose("MR", 2, 548, 456, 28, null));
}
