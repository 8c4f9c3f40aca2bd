package id.go.okikab.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The code lists of domain.md §1.3, code by code. */
class SiakCodeTest {

  @ParameterizedTest(name = "SHDK {0} = {1}")
  @CsvSource({
    "1, Kepala Keluarga",
    "2, Suami",
    "3, Istri",
    "4, Anak",
    "5, Menantu",
    "6, Cucu",
    "7, Orang Tua",
    "8, Mertua",
    "9, Famili Lain",
    "10, Pembantu",
    "11, Lainnya"
  })
  void familyRelationshipCodes(int code, String label) {
    assertThat(FamilyRelationship.fromCode(code).label()).isEqualTo(label);
    assertThat(FamilyRelationship.fromCode(Integer.toString(code)).code()).isEqualTo(code);
  }

  @Test
  void onlyHusbandAndWifeAreSpouses() {
    assertThat(Arrays.stream(FamilyRelationship.values()).filter(FamilyRelationship::isSpouse))
        .containsExactly(FamilyRelationship.HUSBAND, FamilyRelationship.WIFE);
    assertThat(FamilyRelationship.values()).hasSize(11);
  }

  @ParameterizedTest(name = "religion {0} = {1}")
  @CsvSource({
    "1, Islam",
    "2, Kristen",
    "3, Katholik",
    "4, Hindu",
    "5, Budha",
    "6, Khonghucu",
    "7, Kepercayaan terhadap Tuhan YME"
  })
  void religionCodes(String code, String label) {
    assertThat(Religion.fromCode(code).label()).isEqualTo(label);
  }

  @ParameterizedTest(name = "marital status {0} = {1}")
  @CsvSource({"1, Belum Kawin", "2, Kawin", "3, Cerai Hidup", "4, Cerai Mati"})
  void maritalStatusCodes(String code, String label) {
    MaritalStatus status = MaritalStatus.fromCode(code);
    assertThat(status.label()).isEqualTo(label);
    assertThat(status.everMarried()).isEqualTo(!code.equals("1"));
  }

  @ParameterizedTest(name = "blood type {0} = {1}")
  @CsvSource({
    "1, A",
    "2, B",
    "3, AB",
    "4, O",
    "5, A+",
    "6, A-",
    "7, B+",
    "8, B-",
    "9, AB+",
    "10, AB-",
    "11, O+",
    "12, O-",
    "13, Tidak Tahu"
  })
  void bloodTypeCodes(String code, String label) {
    assertThat(BloodType.fromCode(code).label()).isEqualTo(label);
  }

  @Test
  void sexCodes() {
    assertThat(Sex.MALE.dukcapilCode()).isEqualTo(1);
    assertThat(Sex.FEMALE.dukcapilCode()).isEqualTo(2);
  }

  @ParameterizedTest(name = "SHDK \"{0}\" is refused")
  @ValueSource(strings = {"0", "12", "99", "", "x", "1a", "-1", "001"})
  void unknownShdkCodesAreRefusedWithTheirRule(String code) {
    assertThatThrownBy(() -> FamilyRelationship.fromCode(code))
        .isInstanceOf(InvalidIdentifierException.class)
        .extracting(e -> ((InvalidIdentifierException) e).rule())
        .isEqualTo("shdk-unknown");
  }

  @Test
  void eachListNamesItsOwnRule() {
    assertThatThrownBy(() -> Religion.fromCode("8"))
        .extracting(e -> ((InvalidIdentifierException) e).rule())
        .isEqualTo("religion-unknown");
    assertThatThrownBy(() -> MaritalStatus.fromCode("5"))
        .extracting(e -> ((InvalidIdentifierException) e).rule())
        .isEqualTo("marital-status-unknown");
    assertThatThrownBy(() -> BloodType.fromCode("14"))
        .extracting(e -> ((InvalidIdentifierException) e).rule())
        .isEqualTo("blood-type-unknown");
  }

  @Test
  void regsosekStyleBpsCodesAreNotDukcapilCodes() {
    // BPS questionnaires use 2 = "Istri/Suami"; in the Dukcapil list 2 is only Suami
    assertThat(FamilyRelationship.fromCode(2)).isEqualTo(FamilyRelationship.HUSBAND);
    assertThat(FamilyRelationship.fromCode(3)).isEqualTo(FamilyRelationship.WIFE);
  }
}
