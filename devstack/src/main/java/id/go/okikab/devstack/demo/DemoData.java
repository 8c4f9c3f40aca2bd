package id.go.okikab.devstack.demo;

import id.go.okikab.platform.domain.KkNumber;
import id.go.okikab.platform.domain.Nik;
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
 * The demo population of OKI, generated from a fixed seed: families with their family cards in
 * every kecamatan (including the demo users warga1, warga2 and umkm1), young children whose births
 * the civil registry registers, a midwife per puskesmas, pregnancies with ANC contacts, recent
 * deliveries, and each young child's immunisation and growth record. Pure: no I/O; {@link
 * DemoDataLoader} sends it through the platform's APIs.
 *
 * <p>Valid by the rules of domain.md: every NIK is {@code PPKKCCDDMMYYSSSS} with an OKI kecamatan
 * of first registration, the person's date of birth (+40 for women) and a serial unique for its
 * prefix; KK numbers carry the family's kecamatan, a past date of issue and a unique serial; SHDK,
 * religion, marital status and blood type are SIAK codes; a family lives in one desa of its
 * kecamatan.
 *
 * <p>Deterministic: the same seed, regions and day give the same data. The people registered with a
 * NIK (adults and children of five and over) do not depend on the day at all (their ages are
 * counted from {@link #PEOPLE_AS_OF}), so a load repeated on another day finds the same people.
 * Young children (born less than five years ago, registered through birth registrations so that the
 * health service opens their records) and the health records are placed relative to {@code today}:
 * pregnancies must be less than 44 weeks old, and children under five.
 */
public final class DemoData {

  /** The seed of the demo data of {@code ./oki up}. */
  public static final long SEED = 20260606L;

  /** The day from which the ages of registered people are counted. */
  public static final LocalDate PEOPLE_AS_OF = LocalDate.of(2026, 1, 1);

  /** Generated families per kecamatan (the demo users' families come on top). */
  public static final int FAMILIES_PER_KECAMATAN = 5;

  static final ZoneOffset WIB = ZoneOffset.ofHours(7);

  /** A kecamatan of OKI with its villages, as the civil registry's region API lists them. */
  public record Kecamatan(String code, String name, List<Village> villages) {}

  /** A desa or kelurahan (10-digit Kemendagri code). */
  public record Village(String code, String name) {}

  /** A parent named on a resident record: their NIK when they have one, and their name. */
  public record Parent(String nik, String name) {}

  /** A person registered with their NIK ({@code POST /residents}). */
  public record Person(
      String nik,
      String fullName,
      Sex sex,
      LocalDate birthDate,
      String birthPlace,
      String religion,
      String maritalStatus,
      Boolean marriageRegistered,
      String bloodType,
      String occupation,
      Parent mother,
      Parent father) {}

  /** A member of a family card with their relationship to the head (SHDK code). */
  public record Member(Person person, String relationship) {}

  /** Where a family lives. */
  public record Address(String desaCode, String rt, String rw, String street) {}

  /**
   * A child under five whose birth the registry registers (the registry issues the NIK): born to
   * the family's head and wife, joining the card as a child ("4").
   */
  public record Newborn(
      String name,
      Sex sex,
      LocalDate birthDate,
      LocalTime birthTime,
      String birthPlace,
      String birthDesaCode,
      ChildCare care) {}

  /** A death the registry records (an elderly parent on the card). */
  public record Death(String nik, LocalDate dateOfDeath, String placeOfDeath) {}

  /** A family card: an existing card recorded with its KK number, its members, births, deaths. */
  public record Family(
      String kkNumber,
      String kecamatanCode,
      Address address,
      List<Member> members,
      List<Newborn> births,
      List<Death> deaths,
      String demoUser) {

    public Person head() {
      return members.stream()
          .filter(m -> m.relationship().equals("1"))
          .findFirst()
          .orElseThrow()
          .person();
    }

    public Person wife() {
      return members.stream()
          .filter(m -> m.relationship().equals("3"))
          .map(Member::person)
          .findFirst()
          .orElse(null);
    }
  }

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

  private final long seed;
  private final LocalDate today;
  private final List<Family> families;
  private final List<Puskesmas> puskesmas;

  private DemoData(long seed, LocalDate today, List<Family> families, List<Puskesmas> puskesmas) {
    this.seed = seed;
    this.today = today;
    this.families = List.copyOf(families);
    this.puskesmas = List.copyOf(puskesmas);
  }

  public long seed() {
    return seed;
  }

  /** The day (WIB) the young children and the health records are placed around. */
  public LocalDate today() {
    return today;
  }

  public List<Family> families() {
    return families;
  }

  public List<Puskesmas> puskesmas() {
    return puskesmas;
  }

  /** Everyone registered with a NIK, in family order. */
  public List<Person> residents() {
    return families.stream().flatMap(f -> f.members().stream()).map(Member::person).toList();
  }

  public List<Newborn> births() {
    return families.stream().flatMap(f -> f.births().stream()).toList();
  }

  // ---- the demo users of deploy/keycloak/oki-realm.json (docs/security.md)

  /** warga1: Rina Marlina, Kayu Agung, born 1990-08-17. */
  public static final String WARGA1_NIK = "1602055708900001";

  /** warga2: Ahmad Fauzi, Lempuing, born 2001-01-05. */
  public static final String WARGA2_NIK = "1602130501010003";

  /** umkm1: Siti Aisyah, Pedamaran, born 1985-03-12. */
  public static final String UMKM1_NIK = "1602035203850002";

  /** bidan1's puskesmas (Kayu Agung). */
  public static final String BIDAN1_FACILITY = "P-160205";

  /**
   * Generates the demo data.
   *
   * @param regions OKI's kecamatan with their villages (every kecamatan gets families, a midwife
   *     and pregnancies)
   * @param today the load's day in WIB
   */
  public static DemoData generate(long seed, LocalDate today, List<Kecamatan> regions) {
    if (today.isBefore(PEOPLE_AS_OF)) {
      throw new IllegalArgumentException("today must not be before " + PEOPLE_AS_OF);
    }
    List<Kecamatan> sorted =
        regions.stream().sorted(Comparator.comparing(Kecamatan::code)).toList();
    Generator generator = new Generator(seed, today, sorted);
    return generator.run();
  }

  // ---- pure helpers the loader uses with the service's own schedule and the children's dates

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

  // ---- the generator

  /** One generation run: its random stream, the serials handed out, the names used. */
  private static final class Generator {
    private final long seed;
    private final LocalDate today;
    private final List<Kecamatan> regions;
    private final Map<String, Integer> nikSerials = new HashMap<>();
    private final Map<String, Integer> kkSerials = new HashMap<>();
    private final Set<String> reservedNiks = Set.of(WARGA1_NIK, WARGA2_NIK, UMKM1_NIK);
    private final Set<String> names = new HashSet<>();
    private final Set<String> childNames = new HashSet<>();
    // (kecamatan, sex, birth date) of every young child: the loader finds a child's health record
    // by them among the records of the puskesmas' area
    private final Set<String> childKeys = new HashSet<>();
    private final List<Family> families = new ArrayList<>();
    private final List<Puskesmas> puskesmas = new ArrayList<>();
    private Random random;
    // young children and health records: a stream of their own, so that whatever depends on the
    // day there leaves the registered people alone
    private Random young;

    Generator(long seed, LocalDate today, List<Kecamatan> regions) {
      this.seed = seed;
      this.today = today;
      this.regions = regions;
      names.add("Rina Marlina");
      names.add("Ahmad Fauzi");
      names.add("Siti Aisyah");
    }

    DemoData run() {
      random = new Random(seed);
      young = new Random(seed + 1);
      demoUsersFamilies();
      for (Kecamatan kecamatan : regions) {
        // a stream per kecamatan: a change in one kecamatan's villages leaves the others alone
        random = new Random(seed * 1_000_003L + Long.parseLong(kecamatan.code()));
        young = new Random(seed * 7_919L + Long.parseLong(kecamatan.code()));
        kecamatan(kecamatan);
      }
      return new DemoData(seed, today, families, puskesmas);
    }

    // -- the demo users' families (docs/security.md), the same for every seed

    private void demoUsersFamilies() {
      Kecamatan kayuAgung = region("160205");
      Kecamatan lempuing = region("160213");
      Kecamatan pedamaran = region("160203");

      // warga1, Rina Marlina: wife of Fajar Kurniawan, one daughter; no pregnancy on record, so
      // that ./oki demo can register hers
      Person fajar =
          person(
              nik("160205", LocalDate.of(1987, 4, 12), Sex.MALE),
              "Fajar Kurniawan",
              Sex.MALE,
              LocalDate.of(1987, 4, 12),
              "Kayuagung",
              "1",
              "2",
              true,
              "4",
              "Wiraswasta",
              null,
              null);
      Person rina =
          person(
              WARGA1_NIK,
              "Rina Marlina",
              Sex.FEMALE,
              LocalDate.of(1990, 8, 17),
              "Kayuagung",
              "1",
              "2",
              true,
              "2",
              "Mengurus Rumah Tangga",
              null,
              null);
      LocalDate nabilaBorn = LocalDate.of(2016, 6, 3);
      Person nabila =
          person(
              nik("160205", nabilaBorn, Sex.FEMALE),
              "Nabila Putri Kurniawan",
              Sex.FEMALE,
              nabilaBorn,
              "Kayuagung",
              "1",
              "1",
              null,
              "13",
              "Pelajar/Mahasiswa",
              new Parent(rina.nik(), rina.fullName()),
              new Parent(fajar.nik(), fajar.fullName()));
      families.add(
          new Family(
              kk("160205", LocalDate.of(2016, 7, 11)),
              "160205",
              new Address(village(kayuAgung, "1602051002"), "002", "001", "Jl. Merdeka No. 17"),
              List.of(new Member(fajar, "1"), new Member(rina, "3"), new Member(nabila, "4")),
              List.of(),
              List.of(),
              "warga1"));

      // warga2, Ahmad Fauzi: head, his wife Nur Aini and their baby (born about eight months
      // before the load, registered through a birth registration, so health has the child)
      Person ahmad =
          person(
              WARGA2_NIK,
              "Ahmad Fauzi",
              Sex.MALE,
              LocalDate.of(2001, 1, 5),
              "Lempuing",
              "1",
              "2",
              true,
              "11",
              "Petani/Pekebun",
              null,
              null);
      Person nurAini =
          person(
              nik("160213", LocalDate.of(2002, 9, 21), Sex.FEMALE),
              "Nur Aini",
              Sex.FEMALE,
              LocalDate.of(2002, 9, 21),
              "Lempuing",
              "1",
              "2",
              true,
              "5",
              "Mengurus Rumah Tangga",
              null,
              null);
      String lempuingDesa = lempuing.villages().get(0).code();
      childNames.add("Muhammad Rizki Fauzi");
      childKeys.add("160213" + Sex.MALE + today.minusDays(243));
      Newborn rizki =
          new Newborn(
              "Muhammad Rizki Fauzi",
              Sex.MALE,
              today.minusDays(243),
              LocalTime.of(4, 35),
              lempuing.name(),
              lempuingDesa,
              new ChildCare(Integer.MAX_VALUE, Set.of(), 3, -0.4, -0.2, List.of(35, 3)));
      families.add(
          new Family(
              kk("160213", LocalDate.of(2023, 2, 14)),
              "160213",
              new Address(lempuingDesa, "004", "002", "Dusun II"),
              List.of(new Member(ahmad, "1"), new Member(nurAini, "3")),
              List.of(rizki),
              List.of(),
              "warga2"));

      // umkm1, Siti Aisyah: widowed head with two children, a trader in Pedamaran
      Person siti =
          person(
              UMKM1_NIK,
              "Siti Aisyah",
              Sex.FEMALE,
              LocalDate.of(1985, 3, 12),
              "Pedamaran",
              "1",
              "4",
              true,
              "1",
              "Pedagang",
              null,
              null);
      Parent late = new Parent(null, "Zainal Abidin");
      LocalDate rahmatBorn = LocalDate.of(2008, 7, 14);
      LocalDate dindaBorn = LocalDate.of(2012, 11, 2);
      Person rahmat =
          person(
              nik("160203", rahmatBorn, Sex.MALE),
              "Rahmat Hidayat",
              Sex.MALE,
              rahmatBorn,
              "Pedamaran",
              "1",
              "1",
              null,
              "13",
              "Pelajar/Mahasiswa",
              new Parent(siti.nik(), siti.fullName()),
              late);
      Person dinda =
          person(
              nik("160203", dindaBorn, Sex.FEMALE),
              "Dinda Aulia",
              Sex.FEMALE,
              dindaBorn,
              "Pedamaran",
              "1",
              "1",
              null,
              "13",
              "Pelajar/Mahasiswa",
              new Parent(siti.nik(), siti.fullName()),
              late);
      families.add(
          new Family(
              kk("160203", LocalDate.of(2019, 5, 20)),
              "160203",
              new Address(
                  pedamaran.villages().get(0).code(), "001", "001", "Jl. Pasar Pedamaran No. 5"),
              List.of(new Member(siti, "1"), new Member(rahmat, "4"), new Member(dinda, "4")),
              List.of(),
              List.of(),
              "umkm1"));
    }

    // -- the families and the puskesmas of a kecamatan

    private void kecamatan(Kecamatan kecamatan) {
      String code = kecamatan.code();
      List<Pregnancy> pregnancies = new ArrayList<>();
      for (int f = 0; f < FAMILIES_PER_KECAMATAN; f++) {
        Village village = kecamatan.villages().get(random.nextInt(kecamatan.villages().size()));
        Address address = address(village);
        String religion = religion();
        switch (f) {
          case 0, 1, 2 -> {
            // a couple expecting a child: f = 0 early, 1 later in the pregnancy, 2 delivered
            Couple couple = couple(code, kecamatan, 23 + random.nextInt(16), religion);
            List<Member> members = new ArrayList<>(couple.members());
            List<Newborn> births = new ArrayList<>();
            List<LocalDate> children = new ArrayList<>();
            int older = random.nextInt(3);
            addSchoolChildren(code, kecamatan, couple, older, religion, members, children);
            if (young.nextInt(10) < 4) {
              // a toddler of two to four and a half: the last birth at least two years back
              Newborn toddler =
                  newborn(
                      kecamatan,
                      village,
                      couple,
                      today.minusDays(730 + young.nextInt(910)),
                      religion);
              births.add(toddler);
              children.add(toddler.birthDate());
            }
            Family family = family(code, address, members, births, List.of());
            pregnancies.add(pregnancy(kecamatan, family, couple.wife(), children, f));
          }
          case 3 -> {
            // a young family with one or two children under five
            Couple couple = couple(code, kecamatan, 21 + random.nextInt(12), religion);
            List<Member> members = new ArrayList<>(couple.members());
            List<Newborn> births = new ArrayList<>();
            Newborn first =
                newborn(
                    kecamatan,
                    village,
                    couple,
                    today.minusDays(40 + young.nextInt(1660)),
                    religion);
            births.add(first);
            boolean second = young.nextBoolean();
            LocalDate secondBorn = first.birthDate().plusDays(450 + young.nextInt(300));
            if (second && secondBorn.isBefore(today.minusDays(20))) {
              births.add(newborn(kecamatan, village, couple, secondBorn, religion));
            }
            family(code, address, members, births, List.of());
          }
          default -> {
            if (random.nextInt(3) < 2) {
              extendedFamily(code, kecamatan, village, address, religion);
            } else {
              singleParentFamily(code, kecamatan, address, religion);
            }
          }
        }
      }
      Midwife midwife =
          code.equals("160205")
              ? new Midwife("bidan1", "Dewi", "Lestari", BIDAN1_FACILITY, true)
              : new Midwife(
                  "bidan-" + code, pick(FEMALE_FIRST), pick(FEMALE_SECOND), "P-" + code, false);
      puskesmas.add(new Puskesmas("P-" + code, kecamatan, midwife, pregnancies));
    }

    /**
     * A family of a head in his forties or fifties, school-age children, sometimes a grandmother.
     */
    private void extendedFamily(
        String code, Kecamatan kecamatan, Village village, Address address, String religion) {
      Couple couple = couple(code, kecamatan, 38 + random.nextInt(18), religion);
      List<Member> members = new ArrayList<>(couple.members());
      List<LocalDate> children = new ArrayList<>();
      addSchoolChildren(
          code, kecamatan, couple, 2 + random.nextInt(2), religion, members, children);
      List<Newborn> births = new ArrayList<>();
      int wifeAge = age(couple.wife().birthDate(), PEOPLE_AS_OF);
      boolean toddler = young.nextInt(10) < 3;
      int bornDaysAgo = 90 + young.nextInt(1500);
      if (wifeAge <= 42 && toddler) {
        births.add(newborn(kecamatan, village, couple, today.minusDays(bornDaysAgo), religion));
      }
      List<Death> deaths = new ArrayList<>();
      if (random.nextBoolean()) {
        // the head's widowed mother
        Person grandmother =
            adult(
                code,
                kecamatan,
                Sex.FEMALE,
                63 + random.nextInt(20),
                religion,
                "4",
                null,
                "Tidak Bekerja");
        members.add(new Member(grandmother, "7"));
        if (random.nextInt(3) == 0) {
          deaths.add(
              new Death(
                  grandmother.nik(),
                  today.minusDays(20 + random.nextInt(150)),
                  random.nextBoolean() ? "Rumah" : "Puskesmas " + kecamatan.name()));
        }
      }
      family(code, address, members, births, deaths);
    }

    /** A widowed or divorced mother heading the card with her children. */
    private void singleParentFamily(
        String code, Kecamatan kecamatan, Address address, String religion) {
      String marital = random.nextInt(3) == 0 ? "3" : "4";
      Person mother =
          adult(
              code,
              kecamatan,
              Sex.FEMALE,
              36 + random.nextInt(22),
              religion,
              marital,
              true,
              pick(List.of("Pedagang", "Petani/Pekebun", "Wiraswasta", "Buruh Harian Lepas")));
      List<Member> members = new ArrayList<>();
      members.add(new Member(mother, "1"));
      Parent father = new Parent(null, pick(MALE_FIRST) + " " + pick(MALE_SECOND));
      int count = 1 + random.nextInt(3);
      int motherAge = age(mother.birthDate(), PEOPLE_AS_OF);
      for (int i = 0; i < count; i++) {
        int childAge = 8 + random.nextInt(Math.max(1, Math.min(18, motherAge - 26)));
        Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        LocalDate born = bornAged(childAge);
        members.add(
            new Member(
                person(
                    nik(code, born, sex),
                    uniqueName(sex),
                    sex,
                    born,
                    birthPlace(kecamatan),
                    religion,
                    "1",
                    null,
                    bloodType(),
                    childOccupation(childAge),
                    new Parent(mother.nik(), mother.fullName()),
                    father),
                "4"));
      }
      family(code, address, members, List.of(), List.of());
    }

    private record Couple(Person head, Person wife) {
      List<Member> members() {
        return List.of(new Member(head, "1"), new Member(wife, "3"));
      }
    }

    /** A married couple: the husband heads the card; she is up to five years younger. */
    private Couple couple(String code, Kecamatan kecamatan, int headAge, String religion) {
      Boolean registered = random.nextInt(10) < 9;
      Person head =
          adult(code, kecamatan, Sex.MALE, headAge, religion, "2", registered, pick(HEAD_WORK));
      int wifeAge = Math.max(20, headAge - random.nextInt(6));
      Person wife =
          adult(
              code,
              kecamatan,
              Sex.FEMALE,
              wifeAge,
              religion,
              "2",
              registered,
              random.nextInt(10) < 6 ? "Mengurus Rumah Tangga" : pick(WIFE_WORK));
      return new Couple(head, wife);
    }

    /** Children of five and over, registered with their NIK, added to the card. */
    private void addSchoolChildren(
        String code,
        Kecamatan kecamatan,
        Couple couple,
        int count,
        String religion,
        List<Member> members,
        List<LocalDate> children) {
      int wifeAge = age(couple.wife().birthDate(), PEOPLE_AS_OF);
      int oldest = Math.min(24, wifeAge - 19);
      for (int i = 0; i < count && oldest >= 6; i++) {
        int childAge = 6 + random.nextInt(oldest - 5);
        Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        LocalDate born = bornAged(childAge);
        if (children.contains(born)) {
          continue;
        }
        children.add(born);
        members.add(
            new Member(
                person(
                    nik(code, born, sex),
                    uniqueName(sex),
                    sex,
                    born,
                    birthPlace(kecamatan),
                    religion,
                    "1",
                    null,
                    bloodType(),
                    childOccupation(childAge),
                    new Parent(couple.wife().nik(), couple.wife().fullName()),
                    new Parent(couple.head().nik(), couple.head().fullName())),
                "4"));
      }
    }

    private Newborn newborn(
        Kecamatan kecamatan, Village village, Couple couple, LocalDate born, String religion) {
      Sex sex = young.nextBoolean() ? Sex.MALE : Sex.FEMALE;
      LocalDate earliest = couple.wife().birthDate().plusYears(19);
      if (born.isBefore(earliest)) {
        born = earliest; // the mother was at least 19
      }
      while (!childKeys.add(kecamatan.code() + sex + born)) {
        born = born.minusDays(1);
      }
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
      ChildCare care =
          new ChildCare(
              stops ? 60 + young.nextInt(340) : Integer.MAX_VALUE,
              Set.copyOf(skipped),
              young.nextInt(1000),
              lengthZ,
              weightZ,
              List.copyOf(visits));
      String surname =
          couple.head().fullName().substring(couple.head().fullName().indexOf(' ') + 1);
      String name = uniqueChildName(sex, surname);
      return new Newborn(
          name,
          sex,
          born,
          LocalTime.of(1 + young.nextInt(22), young.nextInt(60)),
          village.name(),
          village.code(),
          care);
    }

    /**
     * The pregnancy of a family's wife: {@code stage} 0 early (9–13 weeks), 1 later (21–35 weeks),
     * 2 delivered 3–25 days ago at 37–40 weeks.
     */
    private Pregnancy pregnancy(
        Kecamatan kecamatan, Family family, Person mother, List<LocalDate> children, int stage) {
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
        childKeys.add(kecamatan.code() + sex + day);
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

    // -- people

    private Person adult(
        String code,
        Kecamatan kecamatan,
        Sex sex,
        int ageYears,
        String religion,
        String marital,
        Boolean registered,
        String occupation) {
      LocalDate born = bornAged(ageYears);
      // some came from another kecamatan of OKI: the NIK keeps their first registration
      String nikKecamatan =
          random.nextInt(100) < 15 ? regions.get(random.nextInt(regions.size())).code() : code;
      Kecamatan origin = region(nikKecamatan);
      return person(
          nik(nikKecamatan, born, sex),
          uniqueName(sex),
          sex,
          born,
          random.nextInt(10) == 0 ? "Palembang" : birthPlace(origin == null ? kecamatan : origin),
          religion,
          marital,
          registered,
          bloodType(),
          occupation,
          null,
          null);
    }

    private Person person(
        String nik,
        String fullName,
        Sex sex,
        LocalDate birthDate,
        String birthPlace,
        String religion,
        String marital,
        Boolean registered,
        String bloodType,
        String occupation,
        Parent mother,
        Parent father) {
      return new Person(
          nik,
          fullName,
          sex,
          birthDate,
          birthPlace,
          religion,
          marital,
          registered,
          bloodType,
          occupation,
          mother,
          father);
    }

    /** Born {@code years} (and some days) before {@link #PEOPLE_AS_OF}. */
    private LocalDate bornAged(int years) {
      return PEOPLE_AS_OF.minusYears(years).minusDays(random.nextInt(365));
    }

    private Family family(
        String code,
        Address address,
        List<Member> members,
        List<Newborn> births,
        List<Death> deaths) {
      LocalDate youngest =
          members.stream()
              .map(m -> m.person().birthDate())
              .max(Comparator.naturalOrder())
              .orElseThrow();
      LocalDate from =
          youngest.plusDays(30).isAfter(LocalDate.of(2012, 1, 1))
              ? youngest.plusDays(30)
              : LocalDate.of(2012, 1, 1);
      long span = Math.max(1, PEOPLE_AS_OF.minusDays(30).toEpochDay() - from.toEpochDay());
      LocalDate issued = from.plusDays(Math.floorMod(random.nextLong(), span));
      Family family =
          new Family(
              kk(code, issued),
              code,
              address,
              List.copyOf(members),
              List.copyOf(births),
              List.copyOf(deaths),
              null);
      families.add(family);
      return family;
    }

    // -- identifiers

    /** The next free NIK of the kecamatan, date of birth and sex (domain.md §1.1). */
    private String nik(String kecamatan, LocalDate birthDate, Sex sex) {
      while (true) {
        String prefix = Nik.of(kecamatan, birthDate, sex, 1).value().substring(0, 12);
        int serial = nikSerials.merge(prefix, 1, Integer::sum);
        String nik = Nik.of(kecamatan, birthDate, sex, serial).value();
        if (!reservedNiks.contains(nik)) {
          return nik;
        }
      }
    }

    /** A KK number issued in the kecamatan on that day, with the day's next serial (§1.2). */
    private String kk(String kecamatan, LocalDate issuedOn) {
      String key = kecamatan + issuedOn;
      int serial = kkSerials.merge(key, 1, Integer::sum);
      return KkNumber.of(kecamatan, issuedOn, serial).value();
    }

    // -- names, places and codes

    private String uniqueName(Sex sex) {
      for (int attempt = 0; ; attempt++) {
        String name =
            sex == Sex.MALE
                ? pick(MALE_FIRST) + " " + pick(MALE_SECOND)
                : pick(FEMALE_FIRST) + " " + pick(FEMALE_SECOND);
        if (attempt > 20) {
          name = name + " " + pick(sex == Sex.MALE ? MALE_SECOND : FEMALE_SECOND);
        }
        if (names.add(name)) {
          return name;
        }
      }
    }

    private String uniqueChildName(Sex sex, String familyName) {
      for (int attempt = 0; ; attempt++) {
        String first = pickYoung(sex == Sex.MALE ? MALE_FIRST : FEMALE_FIRST);
        String middle =
            attempt < 10
                ? (sex == Sex.MALE ? "Putra" : "Putri")
                : pickYoung(sex == Sex.MALE ? MALE_SECOND : FEMALE_SECOND);
        String name = first + " " + middle + " " + familyName;
        // a set of their own: the registered people's names never depend on the children's
        if (!names.contains(name) && childNames.add(name)) {
          return name;
        }
      }
    }

    private Address address(Village village) {
      boolean kelurahan = village.code().charAt(6) == '1';
      String street =
          kelurahan
              ? pick(STREETS) + " No. " + (1 + random.nextInt(120))
              : "Dusun " + List.of("I", "II", "III", "IV").get(random.nextInt(4));
      return new Address(
          village.code(),
          String.format("%03d", 1 + random.nextInt(12)),
          String.format("%03d", 1 + random.nextInt(5)),
          street);
    }

    private String birthPlace(Kecamatan kecamatan) {
      return kecamatan.name();
    }

    private String religion() {
      int r = random.nextInt(100);
      return r < 95 ? "1" : r < 97 ? "2" : r < 98 ? "3" : "5";
    }

    private String bloodType() {
      return pick(List.of("1", "2", "3", "4", "13", "13", "11", "4"));
    }

    private static String childOccupation(int age) {
      return age >= 23 ? "Karyawan Swasta" : age >= 6 ? "Pelajar/Mahasiswa" : "Belum/Tidak Bekerja";
    }

    private String pick(List<String> values) {
      return values.get(random.nextInt(values.size()));
    }

    private String pickYoung(List<String> values) {
      return values.get(young.nextInt(values.size()));
    }

    private Kecamatan region(String code) {
      return regions.stream().filter(k -> k.code().equals(code)).findFirst().orElse(null);
    }

    private String village(Kecamatan kecamatan, String preferred) {
      return kecamatan.villages().stream()
          .map(Village::code)
          .filter(preferred::equals)
          .findFirst()
          .orElse(kecamatan.villages().get(0).code());
    }
  }

  static int age(LocalDate birthDate, LocalDate on) {
    return java.time.Period.between(birthDate, on).getYears();
  }

  // common names in South Sumatra (fictitious people)
  static final List<String> MALE_FIRST =
      List.of(
          "Ahmad",
          "Muhammad",
          "Abdul",
          "Agus",
          "Andi",
          "Arif",
          "Bayu",
          "Budi",
          "Dedi",
          "Deni",
          "Eko",
          "Fajar",
          "Fauzan",
          "Hadi",
          "Hasan",
          "Heri",
          "Ilham",
          "Irfan",
          "Iwan",
          "Joko",
          "Lukman",
          "Rahmat",
          "Ridwan",
          "Rizki",
          "Rudi",
          "Sofyan",
          "Syahrul",
          "Taufik",
          "Wahyu",
          "Yusuf",
          "Zainal",
          "Arman",
          "Firman",
          "Doni",
          "Gilang",
          "Hafiz",
          "Imam",
          "Nanda",
          "Reza",
          "Saiful");
  static final List<String> MALE_SECOND =
      List.of(
          "Saputra",
          "Pratama",
          "Hidayat",
          "Kurniawan",
          "Setiawan",
          "Gunawan",
          "Ramadhan",
          "Firmansyah",
          "Hakim",
          "Syahputra",
          "Wijaya",
          "Santoso",
          "Nugraha",
          "Irawan",
          "Susanto",
          "Prasetyo",
          "Maulana",
          "Akbar",
          "Rahman",
          "Fadillah");
  static final List<String> FEMALE_FIRST =
      List.of(
          "Siti", "Nur", "Dewi", "Sri", "Rina", "Ani", "Yuni", "Fitri", "Ratna", "Indah", "Maya",
          "Putri", "Aisyah", "Wulan", "Rahma", "Dina", "Eka", "Lina", "Mega", "Novi", "Rika",
          "Tuti", "Umi", "Yanti", "Zahra", "Nabila", "Aulia", "Anisa", "Desi", "Evi", "Intan",
          "Kartika", "Laila", "Melati", "Nurul", "Rosmala", "Sinta", "Tika", "Vina", "Winda");
  static final List<String> FEMALE_SECOND =
      List.of(
          "Sari",
          "Wati",
          "Lestari",
          "Anggraini",
          "Rahmawati",
          "Susanti",
          "Yulianti",
          "Permatasari",
          "Puspitasari",
          "Handayani",
          "Wulandari",
          "Safitri",
          "Maharani",
          "Oktaviani",
          "Aprilia",
          "Ningsih",
          "Fitriani",
          "Marlina",
          "Agustina",
          "Novitasari");
  static final List<String> HEAD_WORK =
      List.of(
          "Petani/Pekebun",
          "Petani/Pekebun",
          "Petani/Pekebun",
          "Wiraswasta",
          "Pedagang",
          "Nelayan/Perikanan",
          "Buruh Harian Lepas",
          "Karyawan Swasta",
          "Pegawai Negeri Sipil",
          "Sopir",
          "Perangkat Desa",
          "Guru");
  static final List<String> WIFE_WORK =
      List.of("Pedagang", "Guru", "Petani/Pekebun", "Wiraswasta", "Karyawan Swasta", "Bidan");
  static final List<String> STREETS =
      List.of(
          "Jl. Merdeka",
          "Jl. Lintas Timur",
          "Jl. Pembangunan",
          "Jl. Masjid Agung",
          "Jl. Sukamaju",
          "Jl. Letnan Mukhtar Saleh",
          "Jl. Ahmad Yani",
          "Jl. Kartini",
          "Lorong Damai",
          "Jl. Pangeran Ratu");
}
