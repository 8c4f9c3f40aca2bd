package id.go.okikab.systemtests;

import static id.go.okikab.systemtests.Api.as;
import static org.hamcrest.Matchers.equalTo;

import id.go.okikab.devstack.KeycloakAdmin;
import id.go.okikab.platform.domain.Nik;
import id.go.okikab.platform.domain.Sex;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * People of the system tests: residents registered by the registry officer through the gateway,
 * each with a Keycloak login of their own (role citizen, their NIK in the token), in Desa Kijang
 * Ulu, Kayu Agung — the area of bidan1's facility (P-160205).
 */
final class People {

  static final String KECAMATAN = "160205";
  static final String DESA = "1602052011";
  static final String FACILITY = "P-160205";

  private static final HttpClient KEYCLOAK_HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** Serials far from the demo data's, so the tests may run on a platform that holds it. */
  private static final AtomicInteger SERIAL =
      new AtomicInteger(8000 + ThreadLocalRandom.current().nextInt(900));

  private static final AtomicInteger WORD =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000));

  private People() {}

  /** A registered resident who can log in. */
  record Citizen(String username, String residentId, String nik, String name, Sex sex) {}

  /** A family card: head, wife. */
  record Household(String familyId, Citizen head, Citizen wife) {}

  static Citizen citizen(Sex sex, LocalDate birthDate) {
    int serial = SERIAL.incrementAndGet();
    String nik = Nik.of(KECAMATAN, birthDate, sex, serial).value();
    String name = name(sex);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("nik", nik);
    body.put("fullName", name);
    body.put("sex", sex.name());
    body.put("birthDate", birthDate.toString());
    body.put("birthPlace", "Kayuagung");
    body.put("religion", "1");
    body.put("maritalStatus", "2");
    body.put(
        "address",
        Map.of("desaCode", DESA, "rt", "003", "rw", "001", "street", "Jl. Letnan Mukhtar Saleh"));
    String id =
        as(Api.REGISTRY_OFFICER)
            .body(body)
            .post("/api/v1/residents")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String username = "uji" + serial;
    // a Keycloak account of her own, with her NIK in the token (the admin token lives a minute:
    // signed in for each person)
    boolean created =
        KeycloakAdmin.signIn(RunningPlatform.stack(), KEYCLOAK_HTTP)
            .ensure(
                new KeycloakAdmin.User(
                    username,
                    "Warga",
                    "Uji",
                    username + "@warga.example",
                    "citizen",
                    Map.of("nik", nik)));
    if (!created) {
      throw new IllegalStateException("a Keycloak user " + username + " existed already");
    }
    return new Citizen(username, id, nik, name, sex);
  }

  /** A married couple on one family card (husband head, SHDK 1; wife, SHDK 3). */
  static Household household() {
    int serial = SERIAL.get();
    Citizen head = citizen(Sex.MALE, LocalDate.of(1988, 3, 1).plusDays(serial % 700));
    Citizen wife = citizen(Sex.FEMALE, LocalDate.of(1994, 2, 1).plusDays(serial % 700));
    String familyId =
        as(Api.REGISTRY_OFFICER)
            .body(
                Map.of(
                    "members",
                    List.of(
                        Map.of("residentId", head.residentId(), "relationship", "1"),
                        Map.of("residentId", wife.residentId(), "relationship", "3")),
                    "reason",
                    "pembuatan KK baru"))
            .post("/api/v1/families")
            .then()
            .statusCode(201)
            .body("headResidentId", equalTo(head.residentId()))
            .extract()
            .path("id");
    return new Household(familyId, head, wife);
  }

  /** bidan1 registers the woman's pregnancy (HPHT {@code weeks} weeks ago); its id. */
  static String pregnancy(Citizen mother, int weeks) {
    return as(Api.MIDWIFE)
        .body(
            Map.of(
                "motherNik",
                mother.nik(),
                "desaCode",
                DESA,
                "hpht",
                Api.today().minusWeeks(weeks).toString(),
                "gravida",
                1,
                "parity",
                0))
        .post("/api/v1/pregnancies")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** A unique name of two words, e.g. "Siti Bakarwati". */
  static String name(Sex sex) {
    int n = WORD.incrementAndGet();
    StringBuilder word = new StringBuilder();
    String consonants = "bcdfghjklmnprstw";
    String vowels = "aiueo";
    do {
      word.append(consonants.charAt(n % consonants.length()));
      n /= consonants.length();
      word.append(vowels.charAt(n % vowels.length()));
      n /= vowels.length();
    } while (n > 0);
    String family = Character.toUpperCase(word.charAt(0)) + word.substring(1);
    return (sex == Sex.FEMALE ? "Siti " : "Ahmad ") + family + (sex == Sex.FEMALE ? "wati" : "din");
  }
}
