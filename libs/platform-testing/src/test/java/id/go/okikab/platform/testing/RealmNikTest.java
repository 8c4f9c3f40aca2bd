package id.go.okikab.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The NIKs of the demo users in {@code deploy/keycloak/oki-realm.json} are valid OKI NIKs by the
 * rules of domain.md §1.1 ({@code PPKKCCDDMMYYSSSS}: regency 1602, day 01–31 or 41–71 for women, a
 * real date, serial not 0000), so services that validate NIKs accept the demo citizens.
 */
class RealmNikTest {

  /** What a NIK says about its holder; the century is the latest one not in the future. */
  record DecodedNik(String kecamatan, boolean female, LocalDate birthDate, String serial) {}

  /** Decodes a NIK of Kabupaten OKI, or empty when it is not one by the rules of §1.1. */
  static Optional<DecodedNik> decodeOkiNik(String nik) {
    if (nik == null || !nik.matches("[0-9]{16}") || !nik.startsWith("1602")) {
      return Optional.empty();
    }
    int day = Integer.parseInt(nik.substring(6, 8));
    int month = Integer.parseInt(nik.substring(8, 10));
    int year = Integer.parseInt(nik.substring(10, 12));
    String serial = nik.substring(12);
    boolean female = day >= 41;
    if (female) {
      day -= 40;
    }
    if (day < 1 || day > 31 || month < 1 || month > 12 || serial.equals("0000")) {
      return Optional.empty();
    }
    for (int century : new int[] {2000, 1900}) {
      try {
        LocalDate date = LocalDate.of(century + year, month, day);
        if (!date.isAfter(LocalDate.now())) {
          return Optional.of(new DecodedNik("16.02." + nik.substring(4, 6), female, date, serial));
        }
      } catch (DateTimeException notARealDate) {
        // try the other century
      }
    }
    return Optional.empty();
  }

  @Test
  void everyNikInTheRealmFileIsAValidOkiNik() throws Exception {
    Map<String, String> niks = realmNiks();
    assertEquals(3, niks.size(), "the three demo citizens carry a NIK: " + niks);
    niks.forEach(
        (user, nik) ->
            assertTrue(decodeOkiNik(nik).isPresent(), user + " has an invalid NIK " + nik));
    assertEquals(niks.size(), niks.values().stream().distinct().count(), "NIKs are unique");
  }

  @Test
  void demoCitizensAreWhoTheDocsSayTheyAre() throws Exception {
    Map<String, String> niks = realmNiks();
    assertEquals(
        new DecodedNik("16.02.05", true, LocalDate.of(1990, 8, 17), "0001"),
        decodeOkiNik(niks.get("warga1")).orElseThrow());
    assertEquals(
        new DecodedNik("16.02.13", false, LocalDate.of(2001, 1, 5), "0003"),
        decodeOkiNik(niks.get("warga2")).orElseThrow());
    // umkm1: a woman from Pedamaran (16.02.03), born 1985-03-12
    assertEquals(
        new DecodedNik("16.02.03", true, LocalDate.of(1985, 3, 12), "0002"),
        decodeOkiNik(niks.get("umkm1")).orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1602055708900001", "1602130501010003", "1602052902000002"})
  void domainTestVectorsThatAreValid(String nik) {
    assertTrue(decodeOkiNik(nik).isPresent(), nik);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1602053202900001", // day 32
        "1602057202900001", // 72 - 40 = 32
        "1602051513900001", // month 13
        "1602052902010002", // 29 Feb 2001 and 1901 do not exist
        "1602050101000000", // serial 0000
        "160205010190001", // 15 digits
        "1671055708900001", // Palembang, not OKI
        "1602050002900001" // day 00
      })
  void domainTestVectorsThatAreInvalid(String nik) {
    assertFalse(decodeOkiNik(nik).isPresent(), nik);
  }

  private static Map<String, String> realmNiks() throws Exception {
    JsonNode realm = new ObjectMapper().readTree(TestServers.realmFile().toFile());
    Map<String, String> niks = new LinkedHashMap<>();
    for (JsonNode user : realm.path("users")) {
      JsonNode nik = user.path("attributes").path("nik");
      if (!nik.isMissingNode()) {
        assertEquals(1, nik.size(), "one NIK per user");
        niks.put(user.path("username").asText(), nik.get(0).asText());
      }
    }
    return niks;
  }
}
