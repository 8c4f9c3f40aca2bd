package id.go.okikab.civilregistry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.okikab.contracts.civilregistry.ResidentRegistered;
import id.go.okikab.platform.domain.BloodType;
import id.go.okikab.platform.domain.MaritalStatus;
import id.go.okikab.platform.domain.Nik;
import id.go.okikab.platform.domain.Religion;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.ValidationProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The resident aggregate: its factory and its corrections. */
class ResidentTest {

  static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  static final LocalDate BORN = LocalDate.of(1990, 4, 12);

  static Resident resident() {
    String nik = Nik.of("160205", BORN, Sex.FEMALE, 17).value();
    return Resident.register(
        new NewPerson(
            nik,
            "Siti Aminah",
            Sex.FEMALE,
            BORN,
            "Kayuagung",
            Religion.ISLAM,
            MaritalStatus.KAWIN,
            true,
            BloodType.UNKNOWN,
            null,
            "mother-ref",
            "Hajjah Maimunah",
            null,
            null),
        "subject-ref",
        new Address("1602052011", "001", "002", "Jl. Lintas Timur"),
        ResidentRegistered.Origin.REGISTRATION,
        NOW);
  }

  @Test
  void aRegisteredResidentIsAliveWithNameKeys() {
    Resident resident = resident();
    assertThat(resident.id).isNotNull();
    assertThat(resident.status).isEqualTo(ResidentStatus.ALIVE);
    assertThat(resident.subjectRef).isEqualTo("subject-ref");
    assertThat(resident.nameKey).isEqualTo("SITI AMINAH");
    assertThat(resident.motherNameKey).isEqualTo("HAJJAH MAIMUNAH");
    assertThat(resident.origin).isEqualTo(ResidentRegistered.Origin.REGISTRATION);
    assertThat(resident.registeredAt).isEqualTo(NOW);
  }

  @Test
  void aCorrectionKeepsTheOldAndNewValuesOfWhatChanged() {
    Resident resident = resident();
    Map<String, String> changes = new LinkedHashMap<>();
    changes.put("birthPlace", "Palembang");
    changes.put("religion", "2");
    changes.put("fullName", "Siti Aminah"); // unchanged: not in the correction
    ResidentCorrection correction =
        resident.correct(changes, "salah ketik", "officer-sub", TODAY, NOW.plusSeconds(60));
    assertThat(correction.residentId).isEqualTo(resident.id);
    assertThat(correction.officer).isEqualTo("officer-sub");
    assertThat(correction.oldValues)
        .containsExactly(Map.entry("birthPlace", "Kayuagung"), Map.entry("religion", "1"));
    assertThat(correction.newValues)
        .containsExactly(Map.entry("birthPlace", "Palembang"), Map.entry("religion", "2"));
    assertThat(resident.religion).isEqualTo(Religion.KRISTEN);
    assertThat(resident.updatedAt).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void aCorrectionStillAgreesWithTheNikAndNamesOnlyRealFields() {
    Resident resident = resident();
    assertThatThrownBy(
            () -> resident.correct(Map.of("nik", "1", "desaCode", "2"), "x", "o", TODAY, NOW))
        .isInstanceOf(ValidationProblem.class)
        .satisfies(
            e ->
                assertThat(((ValidationProblem) e).errors())
                    .extracting(f -> f.field())
                    .containsExactly("changes.desaCode", "changes.nik"));
    // a failed correction leaves the record changed: the use case's transaction rolls back
    assertThatThrownBy(() -> resident().correct(Map.of("sex", "MALE"), "x", "o", TODAY, NOW))
        .extracting(e -> ((DomainRuleViolation) e).rule())
        .isEqualTo("nik-sex-mismatch");
    assertThatThrownBy(
            () -> resident().correct(Map.of("birthPlace", "Kayuagung"), "x", "o", TODAY, NOW))
        .extracting(e -> ((DomainRuleViolation) e).rule())
        .isEqualTo("nothing-to-correct");
    assertThatThrownBy(() -> resident().correct(Map.of("rt", "12345"), "x", "o", TODAY, NOW))
        .isInstanceOf(ValidationProblem.class);
  }
}
