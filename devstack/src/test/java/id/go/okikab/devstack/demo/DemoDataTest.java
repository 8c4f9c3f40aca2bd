package id.go.okikab.devstack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.okikab.devstack.demo.DemoData.Family;
import id.go.okikab.devstack.demo.DemoData.Member;
import id.go.okikab.devstack.demo.DemoData.Newborn;
import id.go.okikab.devstack.demo.DemoData.Person;
import id.go.okikab.devstack.demo.DemoData.PlannedDose;
import id.go.okikab.devstack.demo.DemoData.Pregnancy;
import id.go.okikab.devstack.demo.DemoData.Puskesmas;
import id.go.okikab.devstack.demo.DemoData.ScheduleDose;
import id.go.okikab.platform.domain.KkNumber;
import id.go.okikab.platform.domain.Nik;
import id.go.okikab.platform.domain.Sex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo data is valid by domain.md's rules, unique where it must be, the same for the same seed
 * and day, and its registered people are the same on any day. Generated against OKI's real region
 * table (the civil registry's Flyway migration).
 */
class DemoDataTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  static List<DemoData.Kecamatan> regions;
  static DemoData data;

  @BeforeAll
  static void generate() throws IOException {
    regions = okiRegions();
    data = DemoData.generate(DemoData.SEED, TODAY, regions);
  }

  @Test
  void theRegionTableHasOkisEighteenKecamatan() {
    assertThat(regions).hasSize(18);
    assertThat(data.puskesmas()).hasSize(18);
  }

  @Test
  void everyNikIsValidAndAgreesWithThePerson() {
    Set<String> kecamatan =
        regions.stream().map(DemoData.Kecamatan::code).collect(Collectors.toSet());
    for (Person person : data.residents()) {
      Nik nik = Nik.parse(person.nik(), TODAY);
      assertThat(nik.regencyCode()).as(person.fullName()).isEqualTo("1602");
      assertThat(kecamatan).as(person.fullName()).contains(nik.kecamatanCode());
      assertThat(nik.sex()).as(person.fullName()).isEqualTo(person.sex());
      assertThat(nik.matchesBirthDate(person.birthDate())).as(person.fullName()).isTrue();
      assertThat(nik.birthDateCandidates()).as(person.fullName()).contains(person.birthDate());
      assertThat(person.birthDate()).isBefore(TODAY);
      if (person.mother() != null && person.mother().nik() != null) {
        assertThat(Nik.parse(person.mother().nik(), TODAY).sex()).isEqualTo(Sex.FEMALE);
      }
    }
  }

  @Test
  void niksKkNumbersAndNamesAreUnique() {
    List<String> niks = data.residents().stream().map(Person::nik).toList();
    assertThat(niks).doesNotHaveDuplicates();
    List<String> kks = data.families().stream().map(Family::kkNumber).toList();
    assertThat(kks).doesNotHaveDuplicates();
    List<String> names = new ArrayList<>(data.residents().stream().map(Person::fullName).toList());
    data.births().forEach(b -> names.add(b.name()));
    assertThat(names).doesNotHaveDuplicates();
  }

  @Test
  void kkNumbersAreValidCardsOfTheFamilysKecamatanIssuedAfterItsMembersWereBorn() {
    for (Family family : data.families()) {
      KkNumber kk = KkNumber.parse(family.kkNumber(), TODAY);
      assertThat(kk.regionCode()).isEqualTo(family.kecamatanCode());
      assertThat(kk.issuedOn()).isBefore(DemoData.PEOPLE_AS_OF);
      for (Member member : family.members()) {
        assertThat(kk.issuedOn()).isAfter(member.person().birthDate());
      }
    }
  }

  @Test
  void familiesFollowTheShdkRules() {
    for (Family family : data.families()) {
      List<Member> heads =
          family.members().stream().filter(m -> m.relationship().equals("1")).toList();
      assertThat(heads).as(family.kkNumber()).hasSize(1);
      assertThat(family.address().desaCode()).startsWith(family.kecamatanCode()).hasSize(10);
      for (Member member : family.members()) {
        Person p = member.person();
        switch (member.relationship()) {
          case "2" -> assertThat(p.sex()).isEqualTo(Sex.MALE);
          case "3" -> assertThat(p.sex()).isEqualTo(Sex.FEMALE);
          case "4" -> {
            assertThat(p.maritalStatus()).isEqualTo("1");
            Person head = family.head();
            assertThat(Period.between(head.birthDate(), p.birthDate()).getYears())
                .isGreaterThanOrEqualTo(15);
          }
          default -> {}
        }
        assertThat(p.religion()).matches("[1-7]");
        assertThat(p.maritalStatus()).matches("[1-4]");
        assertThat(Integer.parseInt(p.bloodType())).isBetween(1, 13);
        assertThat(p.fullName()).matches("\\p{L}[\\p{L} .,'-]*");
        if (p.marriageRegistered() != null) {
          assertThat(p.maritalStatus()).isNotEqualTo("1");
        }
      }
      for (Newborn child : family.births()) {
        Person mother = family.wife();
        assertThat(mother).as("a registered birth names the mother on the card").isNotNull();
        assertThat(child.birthDate()).isBefore(TODAY).isAfter(TODAY.minusYears(5));
        assertThat(Period.between(mother.birthDate(), child.birthDate()).getYears())
            .isGreaterThanOrEqualTo(18);
        assertThat(child.birthDesaCode()).isEqualTo(family.address().desaCode());
      }
    }
  }

  @Test
  void theDemoUsersAreResidentsWithTheirFamilyCards() {
    Family warga1 = family("warga1");
    Member rina = member(warga1, DemoData.WARGA1_NIK);
    assertThat(rina.person().fullName()).isEqualTo("Rina Marlina");
    assertThat(rina.person().sex()).isEqualTo(Sex.FEMALE);
    assertThat(rina.person().birthDate()).isEqualTo(LocalDate.of(1990, 8, 17));
    assertThat(rina.relationship()).isEqualTo("3");
    assertThat(warga1.kecamatanCode()).isEqualTo("160205");
    assertThat(warga1.head().sex()).isEqualTo(Sex.MALE);
    // her pregnancy is the demo journey's, not the load's
    assertThat(pregnancies()).noneMatch(p -> p.motherNik().equals(DemoData.WARGA1_NIK));

    Family warga2 = family("warga2");
    assertThat(warga2.head().nik()).isEqualTo(DemoData.WARGA2_NIK);
    assertThat(warga2.head().fullName()).isEqualTo("Ahmad Fauzi");
    assertThat(warga2.kecamatanCode()).isEqualTo("160213");
    assertThat(warga2.births()).hasSize(1);

    Family umkm1 = family("umkm1");
    assertThat(umkm1.head().nik()).isEqualTo(DemoData.UMKM1_NIK);
    assertThat(umkm1.kecamatanCode()).isEqualTo("160203");
  }

  @Test
  void aFewHundredResidentsInEveryKecamatan() {
    int residents = data.residents().size() + data.births().size();
    assertThat(residents).isBetween(250, 450);
    Map<String, Long> families =
        data.families().stream()
            .collect(Collectors.groupingBy(Family::kecamatanCode, Collectors.counting()));
    assertThat(families).hasSize(18);
    families
        .values()
        .forEach(n -> assertThat(n).isGreaterThanOrEqualTo(DemoData.FAMILIES_PER_KECAMATAN));
    Map<String, Long> births =
        data.families().stream()
            .collect(
                Collectors.groupingBy(
                    Family::kecamatanCode, Collectors.summingLong(f -> f.births().size())));
    births.forEach((k, n) -> assertThat(n).as(k).isGreaterThanOrEqualTo(1));
    assertThat(data.families().stream().mapToInt(f -> f.deaths().size()).sum()).isPositive();
  }

  @Test
  void everyPuskesmasHasItsMidwifeAndPregnanciesAtEveryStage() {
    Map<String, Person> women = new HashMap<>();
    data.residents().forEach(p -> women.put(p.nik(), p));
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
        for (DemoData.AncVisit visit : p.visits()) {
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
  void youngChildrenAreTellApartBySexAndBirthDateInTheirKecamatan() {
    Set<String> keys = new HashSet<>();
    for (Family family : data.families()) {
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
    DemoData again = DemoData.generate(DemoData.SEED, TODAY, regions);
    assertThat(again.families()).isEqualTo(data.families());
    assertThat(again.puskesmas()).isEqualTo(data.puskesmas());
    DemoData other = DemoData.generate(DemoData.SEED + 1, TODAY, regions);
    assertThat(other.residents()).isNotEqualTo(data.residents());
  }

  @Test
  void theRegisteredPeopleDoNotDependOnTheDay() {
    DemoData later = DemoData.generate(DemoData.SEED, TODAY.plusDays(45), regions);
    assertThat(later.residents()).isEqualTo(data.residents());
    assertThat(later.families().stream().map(Family::kkNumber).toList())
        .isEqualTo(data.families().stream().map(Family::kkNumber).toList());
    // the young children keep their names; their dates move with the day
    assertThat(later.births().stream().map(Newborn::name).toList())
        .isEqualTo(data.births().stream().map(Newborn::name).toList());
  }

  @Test
  void dosesFollowTheScheduleOnTimeAndInOrder() {
    LocalDate born = TODAY.minusDays(400);
    DemoData.ChildCare onTime =
        new DemoData.ChildCare(Integer.MAX_VALUE, Set.of(), 7, 0, 0, List.of(0));
    List<PlannedDose> doses = DemoData.doses(SCHEDULE, born, onTime, TODAY);
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

    DemoData.ChildCare stopped = new DemoData.ChildCare(100, Set.of("RV"), 7, 0, 0, List.of(0));
    assertThat(DemoData.doses(SCHEDULE, born, stopped, TODAY))
        .allMatch(d -> d.givenOn().toEpochDay() - born.toEpochDay() <= 100)
        .noneMatch(d -> d.vaccine().equals("RV"));
  }

  @Test
  void measurementsArePlausibleAndMeasuredLyingUnderTwoYears() {
    for (Family family : data.families()) {
      for (Newborn child : family.births()) {
        for (DemoData.Measurement m :
            DemoData.measurements(child.sex(), child.birthDate(), child.care(), TODAY)) {
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
  static final List<ScheduleDose> SCHEDULE =
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

  private static Family family(String demoUser) {
    return data.families().stream()
        .filter(f -> demoUser.equals(f.demoUser()))
        .findFirst()
        .orElseThrow();
  }

  private static Member member(Family family, String nik) {
    return family.members().stream()
        .filter(m -> m.person().nik().equals(nik))
        .findFirst()
        .orElseThrow();
  }

  private static List<Pregnancy> pregnancies() {
    return data.puskesmas().stream().flatMap(p -> p.pregnancies().stream()).toList();
  }

  /** OKI's kecamatan and villages from the civil registry's region migration. */
  static List<DemoData.Kecamatan> okiRegions() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    while (!Files.exists(root.resolve("civil-registry-service"))) {
      root = root.getParent();
    }
    String sql =
        Files.readString(
            root.resolve("civil-registry-service/src/main/resources/db/migration/V1__regions.sql"));
    Pattern row = Pattern.compile("\\('(\\d+)', '(DISTRICT|VILLAGE)', '(\\d+)', '([^']+)'");
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, List<DemoData.Village>> villages = new HashMap<>();
    Matcher m = row.matcher(sql);
    while (m.find()) {
      if (m.group(2).equals("DISTRICT") && m.group(3).equals("1602")) {
        names.put(m.group(1), m.group(4));
      } else if (m.group(2).equals("VILLAGE") && m.group(3).startsWith("1602")) {
        villages
            .computeIfAbsent(m.group(3), k -> new ArrayList<>())
            .add(new DemoData.Village(m.group(1), m.group(4)));
      }
    }
    List<DemoData.Kecamatan> regions = new ArrayList<>();
    names.forEach(
        (code, name) -> regions.add(new DemoData.Kecamatan(code, name, villages.get(code))));
    return regions;
  }
}
