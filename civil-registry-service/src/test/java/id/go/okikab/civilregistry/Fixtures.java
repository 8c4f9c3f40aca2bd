package id.go.okikab.civilregistry;

import static io.restassured.RestAssured.given;

import id.go.okikab.platform.domain.Nik;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data and calls shared by the registry's tests. Every NIK and name a test makes is unique in
 * the JVM and remembered, so the privacy test can look for all of them in the events.
 */
public final class Fixtures {

  private Fixtures() {}

  public static final String PROBLEM_JSON = "application/problem+json";
  public static final String TYPE = "https://okikab.go.id/problems/";

  /** Desa Kijang Ulu and kelurahan Jua-jua in Kayu Agung (16.02.05), Tebing Suluh in Lempuing. */
  public static final String KIJANG_ULU = "1602052011";

  public static final String JUA_JUA = "1602051001";
  public static final String TEBING_SULUH = "1602132005";

  /** Every NIK and name a test made in this JVM. */
  public static final Queue<String> NIKS = new ConcurrentLinkedQueue<>();

  public static final Queue<String> NAMES = new ConcurrentLinkedQueue<>();

  private static final AtomicInteger SERIAL = new AtomicInteger(7000);
  private static final AtomicInteger WORD = new AtomicInteger(new Random().nextInt(5000));
  private static final String[] GIVEN = {
    "Siti", "Ahmad", "Dewi", "Budi", "Rina", "Agus", "Nur", "Hendra", "Yulia", "Rizky", "Fitri"
  };

  // ---- tokens

  /** The officer's username; histories record the token's subject ({@link #OFFICER_ID}). */
  public static final String OFFICER = "dukcapil1";

  /** The {@code sub} of {@link #officer()}'s token: the actor id histories record. */
  public static final String OFFICER_ID =
      UUID.nameUUIDFromBytes(OFFICER.getBytes(StandardCharsets.UTF_8)).toString();

  public static String officer() {
    return TestTokens.user(OFFICER).roles("registry-officer").mint();
  }

  public static String otherOfficer() {
    return TestTokens.user("dukcapil2").roles("registry-officer").mint();
  }

  public static String citizen(String nik) {
    return TestTokens.citizen("warga-" + nik.substring(12), nik).mint();
  }

  public static String healthOfficer() {
    return TestTokens.user("bidan1").roles("health-officer").claim("facility", "P-160205").mint();
  }

  public static String agency() {
    return TestTokens.client("agency-verifier").roles("agency-verifier").mint();
  }

  public static String admin() {
    return TestTokens.user("admin1").roles("admin").mint();
  }

  public static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  // ---- people

  /** A unique name of two words, e.g. "Siti Bakaru". */
  public static String name() {
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
    String last = Character.toUpperCase(word.charAt(0)) + word.substring(1) + "wati";
    String name = GIVEN[WORD.get() % GIVEN.length] + " " + last;
    NAMES.add(name);
    return name;
  }

  /** A unique, valid NIK of Kayu Agung for this sex and date of birth. */
  public static String nik(Sex sex, LocalDate birthDate) {
    return nik("160205", sex, birthDate);
  }

  public static String nik(String kecamatan, Sex sex, LocalDate birthDate) {
    String nik = Nik.of(kecamatan, birthDate, sex, SERIAL.incrementAndGet()).value();
    NIKS.add(nik);
    return nik;
  }

  /** A person to register (officer's POST /residents body). */
  public static Map<String, Object> person(
      String nik, String name, Sex sex, LocalDate birthDate, String desaCode) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("nik", nik);
    body.put("fullName", name);
    body.put("sex", sex.name());
    body.put("birthDate", birthDate.toString());
    body.put("birthPlace", "Kayuagung");
    body.put("religion", "1");
    body.put("maritalStatus", birthDate.isBefore(LocalDate.now().minusYears(17)) ? "2" : "1");
    body.put(
        "address",
        Map.of("desaCode", desaCode, "rt", "001", "rw", "002", "street", "Jl. Lintas Timur"));
    return body;
  }

  /** A registered resident. */
  public record Person(String id, String nik, String name, Sex sex, LocalDate birthDate) {
    public String token() {
      return citizen(nik);
    }
  }

  public static Person resident(Sex sex, LocalDate birthDate, String desaCode) {
    String nik = nik(sex, birthDate);
    String name = name();
    String id =
        as(officer())
            .body(person(nik, name, sex, birthDate, desaCode))
            .post("/api/v1/residents")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return new Person(id, nik, name, sex, birthDate);
  }

  public static Person adult(Sex sex) {
    return resident(sex, LocalDate.of(1985, 1, 1).plusDays(SERIAL.get() % 3000), KIJANG_ULU);
  }

  /** A family (head, wife, child) in Kijang Ulu. */
  public record Household(String familyId, Person head, Person wife, Person child) {}

  public static Household household() {
    Person head = adult(Sex.MALE);
    Person wife = adult(Sex.FEMALE);
    Person child =
        resident(Sex.FEMALE, LocalDate.of(2015, 6, 1).plusDays(SERIAL.get() % 300), KIJANG_ULU);
    String familyId =
        createFamily(
                List.of(member(head.id(), "1"), member(wife.id(), "3"), member(child.id(), "4")))
            .path("id");
    return new Household(familyId, head, wife, child);
  }

  public static Map<String, String> member(String residentId, String relationship) {
    return Map.of("residentId", residentId, "relationship", relationship);
  }

  public static ExtractableResponse<Response> createFamily(List<Map<String, String>> members) {
    return as(officer())
        .body(Map.of("members", members, "reason", "pembuatan KK baru"))
        .post("/api/v1/families")
        .then()
        .statusCode(201)
        .extract();
  }

  public static String etag(String path) {
    return as(officer()).get(path).then().statusCode(200).extract().header("ETag");
  }

  // ---- registrations

  public static Map<String, Object> birth(
      String familyId, String motherId, String fatherId, LocalDate birthDate, Sex sex) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("familyId", familyId);
    body.put("childName", name());
    body.put("sex", sex.name());
    body.put("birthDate", birthDate.toString());
    body.put("birthTime", "08:15:00");
    body.put("birthPlace", "Kayuagung");
    body.put("birthDesaCode", KIJANG_ULU);
    if (motherId != null) {
      body.put("mother", Map.of("residentId", motherId));
    }
    if (fatherId != null) {
      body.put("father", Map.of("residentId", fatherId));
    }
    return body;
  }

  /** Moves a registration through verification and approval (officer). */
  public static void verifyAndApprove(String path) {
    as(officer())
        .header("If-Match", etag(path))
        .post(path + "/verification")
        .then()
        .statusCode(200);
    as(officer())
        .body(Map.of())
        .header("If-Match", etag(path))
        .post(path + "/approval")
        .then()
        .statusCode(200);
  }

  public static List<String> list(String... values) {
    return new ArrayList<>(List.of(values));
  }

  public static String uuid() {
    return UUID.randomUUID().toString();
  }
}
