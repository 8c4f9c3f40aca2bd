package id.go.okikab.devstack.demo.health;

import id.go.okikab.devstack.demo.civilregistry.Names;
import id.go.okikab.devstack.demo.civilregistry.Population;
import id.go.okikab.devstack.demo.civilregistry.Population.Family;
import id.go.okikab.devstack.demo.civilregistry.Population.Kecamatan;
import id.go.okikab.devstack.demo.civilregistry.Population.Newborn;
import id.go.okikab.devstack.demo.civilregistry.Population.Person;
import id.go.okikab.devstack.demo.civilregistry.PopulationListener;
import id.go.okikab.platform.domain.Sex;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Health's demo data, planned with the population ({@link Planner}): a puskesmas with its midwife
 * in every kecamatan, the pregnancies of its young couples with their ANC contacts and, for one in
 * each kecamatan, a recent delivery, and the care of every young child (its doses and growth
 * measurements, placed with the health service's own schedule by {@link #doses} and {@link
 * #measurements}). Pure: no I/O; {@link HealthSeed} sends it through the health service's API.
 *
 * <p>Valid by domain.md's KIA rules: pregnancies are less than 44 weeks old, the mothers 15–49, a
 * delivery at 37–40 weeks after six contacts; doses follow the schedule's ages and intervals;
 * growth lies near the WHO medians of the child's sex and age. Deterministic with the population:
 * the same seed, regions and day give the same data.
 */
public final class HealthData {

  static final ZoneOffset WIB = ZoneOffset.ofHours(7);

  /** bidan1's puskesmas (Kayu Agung). */
  public static final String BIDAN1_FACILITY = "P-160205";

  /**
   * How a young child's care went: doses given on time (a few days late at most) until {@code
   * stopsAtAgeDays}, except the {@code skippedVaccines}; growth along {@code lengthZ} and {@code
   * weightZ} (z-scores of length-for-age and weight-for-age), measured at the posyandu {@code
   * measuredDaysAgo} days before the load.
   */
  public record ChildCare(
      int stopsAtAgeDays,
      Set<String> skippedVaccines,
      int delaySeed,
      double lengthZ,
      double weightZ,
      List<Integer> measuredDaysAgo) {}

  /** A midwife of a puskesmas: a demo officer account with the facility claim. */
  public record Midwife(
      String username, String firstName, String lastName, String facilityCode, boolean demoUser) {}

  /** An ANC contact with its measurements. */
  public record AncVisit(
      LocalDate date,
      boolean withDoctor,
      BigDecimal weightKg,
      int systolicMmHg,
      int diastolicMmHg,
      BigDecimal lilaCm,
      BigDecimal hbGramsPerDecilitre,
      BigDecimal fundalHeightCm) {}

  /** A delivery of one live-born baby at the puskesmas. */
  public record Delivery(
      OffsetDateTime bornAt, Sex sex, int weightGrams, int lengthMillimetres, String attendant) {}

  /** A pregnancy the puskesmas registers, its ANC contacts and, when delivered, the delivery. */
  public record Pregnancy(
      String motherNik,
      String desaCode,
      String kohortNumber,
      LocalDate hpht,
      int gravida,
      int parity,
      LocalDate lastBirthDate,
      BigDecimal heightCm,
      List<String> riskFactors,
      List<AncVisit> visits,
      Delivery delivery) {}

  /** A kecamatan's puskesmas ({@code P-<kecamatan>}), its midwife and its pregnancies. */
  public record Puskesmas(
      String facilityCode, Kecamatan kecamatan, Midwife midwife, List<Pregnancy> pregnancies) {}

  /** A dose of the national schedule ({@code GET /immunization-schedule}). */
  public record ScheduleDose(
      String vaccine,
      int doseNo,
      int recommendedAgeDays,
      int minAgeDays,
      Integer minIntervalDays,
      Integer maxAgeDays) {}

  /** A dose to record. */
  public record PlannedDose(String vaccine, int doseNo, LocalDate givenOn) {}

  /** A growth measurement to record. */
  public record Measurement(
      LocalDate measuredOn, BigDecimal weightKg, BigDecimal lengthCm, String position) {}

  private final List<Puskesmas> puskesmas;
  private final Map<String, ChildCare> care;

  private HealthData(List<Puskesmas> puskesmas, Map<String, ChildCare> care) {
    this.puskesmas = List.copyOf(puskesmas);
    this.care = Map.copyOf(care);
  }

  public List<Puskesmas> puskesmas() {
    return puskesmas;
  }

  /** How the care of a young child of the population goes. */
  public ChildCare care(String kecamatanCode, Newborn child) {
    ChildCare planned = care.get(childKey(kecamatanCode, child.sex(), child.birthDate()));
    if (planned == null) {
      throw new IllegalArgumentException("no care planned for " + child.name());
    }
    return planned;
  }

  private static String childKey(String kecamatanCode, Sex sex, LocalDate birthDate) {
    return kecamatanCode + " " + sex + " " + birthDate;
  }

  // ---- pure helpers the seed uses with the service's own schedule and the children's dates

  /**
   * The doses of a child's care: each series in order, on its recommended age plus a few days,
   * never before the minimum age or the minimum interval after the previous dose, not after the
   * maximum age, not after {@code today}, until the care stops; skipped vaccines are never given.
   */
  public static List<PlannedDose> doses(
      List<ScheduleDose> schedule, LocalDate birthDate, ChildCare care, LocalDate today) {
    Map<String, List<ScheduleDose>> series = new HashMap<>();
    for (ScheduleDose dose : schedule) {
      series.computeIfAbsent(dose.vaccine(), v -> new ArrayList<>()).add(dose);
    }
    List<PlannedDose> planned = new ArrayList<>();
    for (Map.Entry<String, List<ScheduleDose>> entry : series.entrySet()) {
      if (care.skippedVaccines().contains(entry.getKey())) {
        continue;
      }
      List<ScheduleDose> doses =
          entry.getValue().stream().sorted(Comparator.comparingInt(ScheduleDose::doseNo)).toList();
      LocalDate previous = null;
      for (ScheduleDose dose : doses) {
        int delay =
            Math.floorMod(
                (care.delaySeed() * 31 + dose.vaccine().hashCode()) * 17 + dose.doseNo(), 5);
        if (dose.maxAgeDays() != null && dose.maxAgeDays() < 14) {
          delay = Math.min(delay, 1); // the birth dose: within a day
        }
        LocalDate givenOn = birthDate.plusDays(dose.recommendedAgeDays() + delay);
        LocalDate minimumAge = birthDate.plusDays(dose.minAgeDays());
        if (givenOn.isBefore(minimumAge)) {
          givenOn = minimumAge;
        }
        if (previous != null && dose.minIntervalDays() != null) {
          LocalDate afterInterval = previous.plusDays(dose.minIntervalDays());
          if (givenOn.isBefore(afterInterval)) {
            givenOn = afterInterval;
          }
        }
        long ageDays = givenOn.toEpochDay() - birthDate.toEpochDay();
        if (givenOn.isAfter(today)
            || ageDays > care.stopsAtAgeDays()
            || dose.maxAgeDays() != null && ageDays > dose.maxAgeDays()) {
          break;
        }
        planned.add(new PlannedDose(dose.vaccine(), dose.doseNo(), givenOn));
        previous = givenOn;
      }
    }
    planned.sort(
        Comparator.comparing(PlannedDose::givenOn)
            .thenComparing(PlannedDose::vaccine)
            .thenComparingInt(PlannedDose::doseNo));
    return planned;
  }

  /** The growth measurements of a child's care that fall on or after its birth and before five. */
  public static List<Measurement> measurements(
      Sex sex, LocalDate birthDate, ChildCare care, LocalDate today) {
    List<Measurement> measurements = new ArrayList<>();
    int visit = 0;
    for (int daysAgo : care.measuredDaysAgo()) {
      LocalDate on = today.minusDays(daysAgo);
      int ageDays = (int) (on.toEpochDay() - birthDate.toEpochDay());
      if (ageDays < 1 || ageDays > 1826) {
        continue;
      }
      // a little wobble between visits, as real measurements have
      double wobble = ((care.delaySeed() + visit * 7) % 5 - 2) * 0.05;
      measurements.add(measurement(sex, on, ageDays, care.lengthZ() + wobble, care.weightZ()));
      visit++;
    }
    measurements.sort(Comparator.comparing(Measurement::measuredOn));
    return measurements;
  }

  /**
   * A measurement near the WHO Child Growth Standards' median of the child's sex and age, moved by
   * the given z-scores (length: the median × (1 + 0.037 z); weight: × (1 + 0.12 z)); lying under
   * 731 days, standing after.
   */
  static Measurement measurement(
      Sex sex, LocalDate on, int ageDays, double lengthZ, double weightZ) {
    double months = ageDays / 30.4375;
    boolean lying = ageDays < 731;
    double length =
        interpolate(
                lying
                    ? (sex == Sex.MALE ? BOYS_LENGTH : GIRLS_LENGTH)
                    : (sex == Sex.MALE ? BOYS_HEIGHT : GIRLS_HEIGHT),
                months)
            * (1 + 0.037 * lengthZ);
    double weight =
        interpolate(sex == Sex.MALE ? BOYS_WEIGHT : GIRLS_WEIGHT, months) * (1 + 0.12 * weightZ);
    return new Measurement(
        on,
        BigDecimal.valueOf(Math.max(0.5, weight)).setScale(2, RoundingMode.HALF_UP),
        BigDecimal.valueOf(Math.max(35, length)).setScale(1, RoundingMode.HALF_UP),
        lying ? "LYING" : "STANDING");
  }

  // WHO Child Growth Standards medians (months → kg or cm), enough to place plausible values
  private static final double[][] BOYS_WEIGHT = {
    {0, 3.35},
    {1, 4.47},
    {2, 5.57},
    {3, 6.38},
    {4, 7.00},
    {6, 7.93},
    {9, 8.90},
    {12, 9.65},
    {15, 10.30},
    {18, 10.94},
    {24, 12.15},
    {30, 13.30},
    {36, 14.34},
    {42, 15.30},
    {48, 16.34},
    {54, 17.30},
    {60, 18.34}
  };
  private static final double[][] GIRLS_WEIGHT = {
    {0, 3.23},
    {1, 4.19},
    {2, 5.13},
    {3, 5.85},
    {4, 6.42},
    {6, 7.30},
    {9, 8.20},
    {12, 8.95},
    {15, 9.60},
    {18, 10.20},
    {24, 11.48},
    {30, 12.70},
    {36, 13.85},
    {42, 14.90},
    {48, 16.07},
    {54, 17.20},
    {60, 18.25}
  };
  private static final double[][] BOYS_LENGTH = {
    {0, 49.9},
    {1, 54.7},
    {2, 58.4},
    {3, 61.4},
    {4, 63.9},
    {6, 67.6},
    {9, 72.0},
    {12, 75.7},
    {15, 79.1},
    {18, 82.3},
    {24, 87.8}
  };
  private static final double[][] GIRLS_LENGTH = {
    {0, 49.1},
    {1, 53.7},
    {2, 57.1},
    {3, 59.8},
    {4, 62.1},
    {6, 65.7},
    {9, 70.1},
    {12, 74.0},
    {15, 77.5},
    {18, 80.7},
    {24, 86.4}
  };
  private static final double[][] BOYS_HEIGHT = {
    {24, 87.1}, {30, 91.9}, {36, 96.1}, {42, 99.9}, {48, 103.3}, {54, 106.7}, {60, 110.0}
  };
  private static final double[][] GIRLS_HEIGHT = {
    {24, 85.7}, {30, 90.7}, {36, 95.1}, {42, 99.0}, {48, 102.7}, {54, 106.2}, {60, 109.4}
  };

  private static double interpolate(double[][] table, double x) {
    if (x <= table[0][0]) {
      return table[0][1];
    }
    for (int i = 1; i < table.length; i++) {
      if (x <= table[i][0]) {
        double[] a = table[i - 1];
        double[] b = table[i];
        return a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0]);
      }
    }
    return table[table.length - 1][1];
  }

  // ---- the plan, drawn with the population

  /**
   * Plans health's data as the population is generated, from the population's streams of young
   * lives and of its people: each young child's care as the child is born, the pregnancies of the
   * young couples of households 0–2 (0 early, 1 later in the pregnancy, 2 delivered), the midwife
   * once the kecamatan is populated. One planner follows one generation.
   */
  public static final class Planner implements PopulationListener {

    private final Map<String, ChildCare> care = new HashMap<>();
    private final List<Puskesmas> puskesmas = new ArrayList<>();
    private final List<Pregnancy> pregnancies = new ArrayList<>();

    @Override
    public void childBorn(
        Generation generation, Kecamatan kecamatan, Sex sex, LocalDate birthDate) {
      care.put(childKey(kecamatan.code(), sex, birthDate), care(generation.lives()));
    }

    @Override
    public void householdRecorded(
        Generation generation, Kecamatan kecamatan, int number, Family household) {
      if (number < 3) {
        pregnancies.add(pregnancy(generation, kecamatan, household, number));
      }
    }

    @Override
    public void kecamatanPopulated(Generation generation, Kecamatan kecamatan) {
      String code = kecamatan.code();
      Random people = generation.people();
      Midwife midwife =
          code.equals("160205")
              ? new Midwife("bidan1", "Dewi", "Lestari", BIDAN1_FACILITY, true)
              : new Midwife(
                  "bidan-" + code,
                  pick(people, Names.FEMALE_FIRST),
                  pick(people, Names.FEMALE_SECOND),
                  "P-" + code,
                  false);
      puskesmas.add(new Puskesmas("P-" + code, kecamatan, midwife, List.copyOf(pregnancies)));
      pregnancies.clear();
    }

    /** Health's data of the generated {@code population}. */
    public HealthData plan(Population population) {
      Map<String, ChildCare> all = new HashMap<>(care);
      // warga2's son (docs/security.md): on time, measured at the posyandu 35 and 3 days ago
      Family warga2 = population.familyOf("warga2");
      Newborn rizki = warga2.births().get(0);
      all.put(
          childKey(warga2.kecamatanCode(), rizki.sex(), rizki.birthDate()),
          new ChildCare(Integer.MAX_VALUE, Set.of(), 3, -0.4, -0.2, List.of(35, 3)));
      return new HealthData(puskesmas, all);
    }

    /** How a young child's care goes, drawn as the child is born. */
    private static ChildCare care(Random young) {
      boolean stunted = young.nextInt(100) < 22;
      double lengthZ =
          stunted ? -2.9 + young.nextInt(80) / 100.0 : -1.6 + young.nextInt(280) / 100.0;
      double weightZ = Math.max(-2.8, Math.min(2.0, lengthZ + (young.nextInt(140) - 80) / 100.0));
      boolean stops = young.nextInt(100) < 20;
      Set<String> skipped = new HashSet<>();
      if (young.nextInt(100) < 25) {
        skipped.add("RV");
      }
      if (young.nextInt(100) < 15) {
        skipped.add("PCV");
      }
      List<Integer> visits = new ArrayList<>();
      visits.add(young.nextInt(10));
      if (young.nextBoolean()) {
        visits.add(30 + young.nextInt(40));
      }
      return new ChildCare(
          stops ? 60 + young.nextInt(340) : Integer.MAX_VALUE,
          Set.copyOf(skipped),
          young.nextInt(1000),
          lengthZ,
          weightZ,
          List.copyOf(visits));
    }

    /**
     * The pregnancy of a family's wife: {@code stage} 0 early (9–13 weeks), 1 later (21–35 weeks),
     * 2 delivered 3–25 days ago at 37–40 weeks.
     */
    private Pregnancy pregnancy(
        Generation generation, Kecamatan kecamatan, Family family, int stage) {
      Random young = generation.lives();
      LocalDate today = generation.today();
      Person mother = family.wife();
      // her children: those on the card and the young ones whose births are registered
      List<LocalDate> children = new ArrayList<>();
      family.members().stream()
          .filter(m -> m.relationship().equals("4"))
          .forEach(m -> children.add(m.person().birthDate()));
      family.births().forEach(b -> children.add(b.birthDate()));
      int deliveredDaysAgo = 3 + young.nextInt(23);
      int gestationDays =
          switch (stage) {
            case 0 -> 63 + young.nextInt(35);
            case 1 -> 147 + young.nextInt(98);
            default -> 259 + young.nextInt(24);
          };
      LocalDate hpht =
          stage == 2
              ? today.minusDays(deliveredDaysAgo + gestationDays)
              : today.minusDays(gestationDays);
      int parity = children.size();
      boolean miscarriage = young.nextInt(10) == 0;
      int gravida = parity + 1 + (miscarriage ? 1 : 0);
      LocalDate lastBirth = children.stream().max(Comparator.naturalOrder()).orElse(null);
      List<String> risks = new ArrayList<>();
      if (miscarriage) {
        risks.add("HISTORY_OF_MISCARRIAGE");
      }
      BigDecimal height =
          BigDecimal.valueOf(
                  young.nextInt(12) == 0 ? 1420 + young.nextInt(25) : 1470 + young.nextInt(160))
              .movePointLeft(1);
      // contacts: K1 with a doctor in TM1, K2 in TM1, K3 in TM2, K4 and K6 in TM3, K5 with a doctor
      int[] weeks = {8, 11, 20, 26, 32, 36};
      boolean kek = young.nextInt(100) < 15;
      boolean anaemia = young.nextInt(100) < 20;
      boolean hypertension = young.nextInt(100) < 5;
      // her upper-arm circumference and haemoglobin, which change little from visit to visit
      int lila = kek ? 215 + young.nextInt(15) : 237 + young.nextInt(50);
      int hb = anaemia ? 96 + young.nextInt(10) : 112 + young.nextInt(20);
      double baseWeight = 46 + young.nextInt(22);
      List<AncVisit> visits = new ArrayList<>();
      LocalDate last = stage == 2 ? hpht.plusDays(gestationDays) : today;
      for (int i = 0; i < weeks.length; i++) {
        LocalDate date = hpht.plusDays(weeks[i] * 7L + young.nextInt(4));
        if (date.isAfter(last) || !date.isBefore(today.plusDays(1))) {
          break;
        }
        int week = (int) ((date.toEpochDay() - hpht.toEpochDay()) / 7);
        boolean late = i >= 3;
        visits.add(
            new AncVisit(
                date,
                i == 0 || i == 4,
                BigDecimal.valueOf(baseWeight + week * 0.35).setScale(1, RoundingMode.HALF_UP),
                hypertension && late ? 142 + young.nextInt(10) : 100 + young.nextInt(30),
                hypertension && late ? 92 + young.nextInt(6) : 62 + young.nextInt(24),
                BigDecimal.valueOf(lila + young.nextInt(5) - 2).movePointLeft(1),
                BigDecimal.valueOf(hb + young.nextInt(5) - 2).movePointLeft(1),
                week >= 20
                    ? BigDecimal.valueOf(Math.min(40, week - 2 + young.nextInt(4)))
                        .setScale(1, RoundingMode.HALF_UP)
                    : null));
      }
      Delivery delivery = null;
      if (stage == 2) {
        LocalDate day = hpht.plusDays(gestationDays);
        int weight =
            young.nextInt(20) == 0 ? 2200 + young.nextInt(290) : 2600 + young.nextInt(1100);
        Sex sex = young.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        generation.reserveYoungChild(kecamatan.code(), sex, day);
        delivery =
            new Delivery(
                OffsetDateTime.of(day, LocalTime.of(1 + young.nextInt(22), young.nextInt(60)), WIB),
                sex,
                weight,
                460 + young.nextInt(60),
                young.nextInt(5) == 0 ? "DOCTOR" : "MIDWIFE");
      }
      String kohort =
          kecamatan.code()
              + "/"
              + hpht.getYear()
              + "/"
              + String.format("%03d", 11 + stage * 7 + young.nextInt(6));
      return new Pregnancy(
          mother.nik(),
          family.address().desaCode(),
          kohort,
          hpht,
          gravida,
          parity,
          lastBirth,
          height,
          List.copyOf(risks),
          List.copyOf(visits),
          delivery);
    }

    private static String pick(Random random, List<String> values) {
      return values.get(random.nextInt(values.size()));
    }
  }
}
