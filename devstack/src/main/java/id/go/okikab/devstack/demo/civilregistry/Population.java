package id.go.okikab.devstack.demo.civilregistry;

import id.go.okikab.platform.domain.KkNumber;
import id.go.okikab.platform.domain.Nik;
import id.go.okikab.platform.domain.Sex;
import java.time.LocalDate;
import java.time.LocalTime;
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
 * the civil registry registers, and a few deaths. Pure: no I/O; {@link CivilRegistrySeed} sends it
 * through the civil registry's API. Other contexts add to it as it is generated ({@link
 * PopulationListener}: health's pregnancies and children's care).
 *
 * <p>Valid by the rules of domain.md: every NIK is {@code PPKKCCDDMMYYSSSS} with an OKI kecamatan
 * of first registration, the person's date of birth (+40 for women) and a serial unique for its
 * prefix; KK numbers carry the family's kecamatan, a past date of issue and a unique serial; SHDK,
 * religion, marital status and blood type are SIAK codes; a family lives in one desa of its
 * kecamatan.
 *
 * <p>Deterministic: the same seed, regions, day and listeners give the same data. The people
 * registered with a NIK (adults and children of five and over) do not depend on the day nor on the
 * listeners (their ages are counted from {@link #PEOPLE_AS_OF}, and they come from a stream of
 * their own), so a load repeated on another day finds the same people. Young children (born less
 * than five years ago, registered through birth registrations so that the health service opens
 * their records) are placed relative to {@code today}.
 */
public final class Population {

  /** The day from which the ages of registered people are counted. */
  public static final LocalDate PEOPLE_AS_OF = LocalDate.of(2026, 1, 1);

  /** Generated families per kecamatan (the demo users' families come on top). */
  public static final int FAMILIES_PER_KECAMATAN = 5;

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
   * the family's head and wife, joining the card as a child ("4"). Unique in its kecamatan by sex
   * and birth date.
   */
  public record Newborn(
      String name,
      Sex sex,
      LocalDate birthDate,
      LocalTime birthTime,
      String birthPlace,
      String birthDesaCode) {}

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

  private final long seed;
  private final LocalDate today;
  private final List<Kecamatan> regions;
  private final List<Family> families;

  private Population(long seed, LocalDate today, List<Kecamatan> regions, List<Family> families) {
    this.seed = seed;
    this.today = today;
    this.regions = List.copyOf(regions);
    this.families = List.copyOf(families);
  }

  public long seed() {
    return seed;
  }

  /** The day (WIB) the young children are placed around. */
  public LocalDate today() {
    return today;
  }

  /** OKI's kecamatan with their villages, by code. */
  public List<Kecamatan> regions() {
    return regions;
  }

  public List<Family> families() {
    return families;
  }

  /** Everyone registered with a NIK, in family order. */
  public List<Person> residents() {
    return families.stream().flatMap(f -> f.members().stream()).map(Member::person).toList();
  }

  public List<Newborn> births() {
    return families.stream().flatMap(f -> f.births().stream()).toList();
  }

  /** The family card of a demo user ({@code "warga1"}). */
  public Family familyOf(String demoUser) {
    return families.stream()
        .filter(f -> demoUser.equals(f.demoUser()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no family of " + demoUser));
  }

  // ---- the demo users of deploy/keycloak/oki-realm.json (docs/security.md)

  /** warga1: Rina Marlina, Kayu Agung, born 1990-08-17. */
  public static final String WARGA1_NIK = "1602055708900001";

  /** warga2: Ahmad Fauzi, Lempuing, born 2001-01-05. */
  public static final String WARGA2_NIK = "1602130501010003";

  /** umkm1: Siti Aisyah, Pedamaran, born 1985-03-12. */
  public static final String UMKM1_NIK = "1602035203850002";

  /**
   * Generates the population.
   *
   * @param regions OKI's kecamatan with their villages (every kecamatan gets families)
   * @param today the load's day in WIB
   * @param listeners the contexts that add to the population as it is generated, in order
   */
  public static Population generate(
      long seed, LocalDate today, List<Kecamatan> regions, List<PopulationListener> listeners) {
    if (today.isBefore(PEOPLE_AS_OF)) {
      throw new IllegalArgumentException("today must not be before " + PEOPLE_AS_OF);
    }
    List<Kecamatan> sorted =
        regions.stream().sorted(Comparator.comparing(Kecamatan::code)).toList();
    return new Generator(seed, today, sorted, listeners).run();
  }

  // ---- the generator

  /** One generation run: its random streams, the serials handed out, the names used. */
  private static final class Generator implements PopulationListener.Generation {
    private final long seed;
    private final LocalDate today;
    private final List<Kecamatan> regions;
    private final Map<String, Integer> nikSerials = new HashMap<>();
    private final Map<String, Integer> kkSerials = new HashMap<>();
    private final Set<String> reservedNiks = Set.of(WARGA1_NIK, WARGA2_NIK, UMKM1_NIK);
    private final Set<String> names = new HashSet<>();
    private final Set<String> childNames = new HashSet<>();
    // (kecamatan, sex, birth date) of every young child: health's seed finds a child's record by
    // them among the records of the puskesmas' area
    private final Set<String> childKeys = new HashSet<>();
    private final List<Family> families = new ArrayList<>();
    private final List<PopulationListener> listeners;
    private Random random;
    // young children and what the listeners add to their lives: a stream of its own, so that
    // whatever depends on the day there leaves the registered people alone
    private Random young;

    Generator(
        long seed, LocalDate today, List<Kecamatan> regions, List<PopulationListener> listeners) {
      this.seed = seed;
      this.today = today;
      this.regions = regions;
      this.listeners = List.copyOf(listeners);
      names.add("Rina Marlina");
      names.add("Ahmad Fauzi");
      names.add("Siti Aisyah");
    }

    @Override
    public long seed() {
      return seed;
    }

    @Override
    public LocalDate today() {
      return today;
    }

    @Override
    public Random people() {
      return random;
    }

    @Override
    public Random lives() {
      return young;
    }

    @Override
    public boolean reserveYoungChild(String kecamatanCode, Sex sex, LocalDate birthDate) {
      return childKeys.add(kecamatanCode + sex + birthDate);
    }

    Population run() {
      random = new Random(seed);
      young = new Random(seed + 1);
      demoUsersFamilies();
      for (Kecamatan kecamatan : regions) {
        // a stream per kecamatan: a change in one kecamatan's villages leaves the others alone
        random = new Random(seed * 1_000_003L + Long.parseLong(kecamatan.code()));
        young = new Random(seed * 7_919L + Long.parseLong(kecamatan.code()));
        kecamatan(kecamatan);
      }
      return new Population(seed, today, regions, families);
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
              lempuingDesa);
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

    // -- the families of a kecamatan

    private void kecamatan(Kecamatan kecamatan) {
      String code = kecamatan.code();
      for (int f = 0; f < FAMILIES_PER_KECAMATAN; f++) {
        Village village = kecamatan.villages().get(random.nextInt(kecamatan.villages().size()));
        Address address = address(village);
        String religion = religion();
        Family household;
        switch (f) {
          case 0, 1, 2 -> {
            // a couple in their twenties and thirties (health follows her pregnancy)
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
            }
            household = family(code, address, members, births, List.of());
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
            household = family(code, address, members, births, List.of());
          }
          default -> {
            if (random.nextInt(3) < 2) {
              household = extendedFamily(code, kecamatan, village, address, religion);
            } else {
              household = singleParentFamily(code, kecamatan, address, religion);
            }
          }
        }
        for (PopulationListener listener : listeners) {
          listener.householdRecorded(this, kecamatan, f, household);
        }
      }
      for (PopulationListener listener : listeners) {
        listener.kecamatanPopulated(this, kecamatan);
      }
    }

    /**
     * A family of a head in his forties or fifties, school-age children, sometimes a grandmother.
     */
    private Family extendedFamily(
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
      return family(code, address, members, births, deaths);
    }

    /** A widowed or divorced mother heading the card with her children. */
    private Family singleParentFamily(
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
      Parent father = new Parent(null, pick(Names.MALE_FIRST) + " " + pick(Names.MALE_SECOND));
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
      return family(code, address, members, List.of(), List.of());
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
          adult(
              code, kecamatan, Sex.MALE, headAge, religion, "2", registered, pick(Names.HEAD_WORK));
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
              random.nextInt(10) < 6 ? "Mengurus Rumah Tangga" : pick(Names.WIFE_WORK));
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
      for (PopulationListener listener : listeners) {
        listener.childBorn(this, kecamatan, sex, born);
      }
      String surname =
          couple.head().fullName().substring(couple.head().fullName().indexOf(' ') + 1);
      String name = uniqueChildName(sex, surname);
      return new Newborn(
          name,
          sex,
          born,
          LocalTime.of(1 + young.nextInt(22), young.nextInt(60)),
          village.name(),
          village.code());
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
                ? pick(Names.MALE_FIRST) + " " + pick(Names.MALE_SECOND)
                : pick(Names.FEMALE_FIRST) + " " + pick(Names.FEMALE_SECOND);
        if (attempt > 20) {
          name = name + " " + pick(sex == Sex.MALE ? Names.MALE_SECOND : Names.FEMALE_SECOND);
        }
        if (names.add(name)) {
          return name;
        }
      }
    }

    private String uniqueChildName(Sex sex, String familyName) {
      for (int attempt = 0; ; attempt++) {
        String first = pickYoung(sex == Sex.MALE ? Names.MALE_FIRST : Names.FEMALE_FIRST);
        String middle =
            attempt < 10
                ? (sex == Sex.MALE ? "Putra" : "Putri")
                : pickYoung(sex == Sex.MALE ? Names.MALE_SECOND : Names.FEMALE_SECOND);
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
              ? pick(Names.STREETS) + " No. " + (1 + random.nextInt(120))
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
}
