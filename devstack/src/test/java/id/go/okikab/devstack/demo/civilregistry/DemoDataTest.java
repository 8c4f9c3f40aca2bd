package id.go.okikab.devstack.demo.civilregistry;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.okikab.devstack.demo.DemoDataLoader;
import id.go.okikab.devstack.demo.civilregistry.Population.Family;
import id.go.okikab.devstack.demo.civilregistry.Population.Member;
import id.go.okikab.devstack.demo.civilregistry.Population.Newborn;
import id.go.okikab.devstack.demo.civilregistry.Population.Person;
import id.go.okikab.platform.domain.KkNumber;
import id.go.okikab.platform.domain.Nik;
import id.go.okikab.platform.domain.Sex;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The civil registry's demo population is valid by domain.md's rules, unique where it must be, the
 * same for the same seed and day, and its registered people are the same on any day and whatever
 * the listeners draw. Generated against OKI's real region table (the registry's Flyway migration).
 */
class DemoDataTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  static List<Population.Kecamatan> regions;
  static Population data;

  @BeforeAll
  static void generate() {
    regions = OkiRegions.load();
    data = Population.generate(DemoDataLoader.SEED, TODAY, regions, List.of());
  }

  @Test
  void theRegionTableHasOkisEighteenKecamatan() {
    assertThat(regions).hasSize(18);
    assertThat(data.regions()).hasSize(18);
  }

  @Test
  void everyNikIsValidAndAgreesWithThePerson() {
    Set<String> kecamatan =
        regions.stream().map(Population.Kecamatan::code).collect(Collectors.toSet());
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
      assertThat(kk.issuedOn()).isBefore(Population.PEOPLE_AS_OF);
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
    Family warga1 = data.familyOf("warga1");
    Member rina = member(warga1, Population.WARGA1_NIK);
    assertThat(rina.person().fullName()).isEqualTo("Rina Marlina");
    assertThat(rina.person().sex()).isEqualTo(Sex.FEMALE);
    assertThat(rina.person().birthDate()).isEqualTo(LocalDate.of(1990, 8, 17));
    assertThat(rina.relationship()).isEqualTo("3");
    assertThat(warga1.kecamatanCode()).isEqualTo("160205");
    assertThat(warga1.head().sex()).isEqualTo(Sex.MALE);

    Family warga2 = data.familyOf("warga2");
    assertThat(warga2.head().nik()).isEqualTo(Population.WARGA2_NIK);
    assertThat(warga2.head().fullName()).isEqualTo("Ahmad Fauzi");
    assertThat(warga2.kecamatanCode()).isEqualTo("160213");
    assertThat(warga2.births()).hasSize(1);

    Family umkm1 = data.familyOf("umkm1");
    assertThat(umkm1.head().nik()).isEqualTo(Population.UMKM1_NIK);
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
        .forEach(n -> assertThat(n).isGreaterThanOrEqualTo(Population.FAMILIES_PER_KECAMATAN));
    Map<String, Long> births =
        data.families().stream()
            .collect(
                Collectors.groupingBy(
                    Family::kecamatanCode, Collectors.summingLong(f -> f.births().size())));
    births.forEach((k, n) -> assertThat(n).as(k).isGreaterThanOrEqualTo(1));
    assertThat(data.families().stream().mapToInt(f -> f.deaths().size()).sum()).isPositive();
  }

  @Test
  void youngChildrenAreToldApartBySexAndBirthDateInTheirKecamatan() {
    Set<String> keys = new HashSet<>();
    for (Family family : data.families()) {
      for (Newborn child : family.births()) {
        assertThat(keys.add(family.kecamatanCode() + child.sex() + child.birthDate())).isTrue();
      }
    }
  }

  @Test
  void theSameSeedAndDayGiveTheSameData() {
    Population again = Population.generate(DemoDataLoader.SEED, TODAY, regions, List.of());
    assertThat(again.families()).isEqualTo(data.families());
    Population other = Population.generate(DemoDataLoader.SEED + 1, TODAY, regions, List.of());
    assertThat(other.residents()).isNotEqualTo(data.residents());
  }

  @Test
  void theRegisteredPeopleDoNotDependOnTheDay() {
    Population later =
        Population.generate(DemoDataLoader.SEED, TODAY.plusDays(45), regions, List.of());
    assertThat(later.residents()).isEqualTo(data.residents());
    assertThat(later.families().stream().map(Family::kkNumber).toList())
        .isEqualTo(data.families().stream().map(Family::kkNumber).toList());
    // the young children keep their names; their dates move with the day
    assertThat(later.births().stream().map(Newborn::name).toList())
        .isEqualTo(data.births().stream().map(Newborn::name).toList());
  }

  @Test
  void theRegisteredPeopleDoNotDependOnTheListeners() {
    // a listener drawing from the young lives and reserving children's days
    PopulationListener drawing =
        new PopulationListener() {
          @Override
          public void childBorn(
              Generation generation, Population.Kecamatan kecamatan, Sex sex, LocalDate born) {
            Random lives = generation.lives();
            lives.nextInt(1000);
            generation.reserveYoungChild(kecamatan.code(), sex, born.minusDays(1));
          }

          @Override
          public void householdRecorded(
              Generation generation, Population.Kecamatan kecamatan, int number, Family family) {
            generation.lives().nextLong();
          }
        };
    Population followed =
        Population.generate(DemoDataLoader.SEED, TODAY, regions, List.of(drawing));
    assertThat(followed.residents()).isEqualTo(data.residents());
    assertThat(followed.births()).isNotEqualTo(data.births());
  }

  private static Member member(Family family, String nik) {
    return family.members().stream()
        .filter(m -> m.person().nik().equals(nik))
        .findFirst()
        .orElseThrow();
  }
}
