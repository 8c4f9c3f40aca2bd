package id.go.okikab.benchmarks.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.devstack.Stack;
import id.go.okikab.devstack.Tokens;
import id.go.okikab.platform.domain.Nik;
import id.go.okikab.platform.domain.Sex;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo citizen warga1 (Rina Marlina, NIK 1602055708900001) made real through the platform's
 * API, as officers would: her resident record and her husband's (registry officer dukcapil1), their
 * family card, their daughter's birth registration taken to REGISTERED (the child gets a NIK and
 * joins the card; the civil registry's BirthRegistered event makes the child's health record), and
 * an ongoing pregnancy registered by the midwife bidan1. So every section of her overview has data.
 */
final class CitizenData {

  static final String WARGA1_NIK = "1602055708900001";

  /** Desa Kijang Ulu, Kayu Agung (16.02.05): in the area of facility P-160205. */
  static final String KIJANG_ULU = "1602052011";

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What exists after seeding. */
  record Seeded(String residentId, String familyId, String childNik, String pregnancyId) {}

  private final Stack stack;
  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  CitizenData(Stack stack, String gatewayBase) {
    this.stack = stack;
    this.base = gatewayBase;
  }

  Seeded create() throws IOException, InterruptedException {
    LocalDate today = LocalDate.now(WIB);
    String officer = Tokens.of(stack, "dukcapil1");
    String wife =
        post(
                officer,
                "/api/v1/residents",
                person(WARGA1_NIK, "Rina Marlina", Sex.FEMALE, LocalDate.of(1990, 8, 17)),
                201)
            .path("id")
            .asText();
    LocalDate husbandBorn = LocalDate.of(1987, 3, 12);
    String husband =
        post(
                officer,
                "/api/v1/residents",
                person(
                    Nik.of("160205", husbandBorn, Sex.MALE, 9001).value(),
                    "Budi Santoso",
                    Sex.MALE,
                    husbandBorn),
                201)
            .path("id")
            .asText();
    String family =
        post(
                officer,
                "/api/v1/families",
                Map.of(
                    "members",
                    List.of(
                        Map.of("residentId", husband, "relationship", "1"),
                        Map.of("residentId", wife, "relationship", "3")),
                    "reason",
                    "pembuatan KK baru"),
                201)
            .path("id")
            .asText();

    LocalDate childBorn = today.minusDays(600);
    Map<String, Object> birth = new LinkedHashMap<>();
    birth.put("familyId", family);
    birth.put("childName", "Ayu Lestari");
    birth.put("sex", Sex.FEMALE.name());
    birth.put("birthDate", childBorn.toString());
    birth.put("birthTime", "08:15:00");
    birth.put("birthPlace", "Kayuagung");
    birth.put("birthDesaCode", KIJANG_ULU);
    birth.put("mother", Map.of("residentId", wife));
    birth.put("father", Map.of("residentId", husband));
    String registration =
        "/api/v1/birth-registrations/"
            + post(officer, "/api/v1/birth-registrations", birth, 201).path("id").asText();
    // each step of the registration changes it: If-Match with the version read (its "version")
    long version = get(officer, registration).path("version").asLong();
    version =
        post(officer, registration + "/verification", null, 200, version).path("version").asLong();
    version =
        post(officer, registration + "/approval", Map.of(), 200, version).path("version").asLong();
    String childNik =
        post(officer, registration + "/registration", null, 200, version).path("childNik").asText();

    Map<String, Object> pregnancy = new LinkedHashMap<>();
    pregnancy.put("motherNik", WARGA1_NIK);
    pregnancy.put("motherBirthDate", "1990-08-17");
    pregnancy.put("desaCode", KIJANG_ULU);
    pregnancy.put("hpht", today.minusDays(84).toString());
    pregnancy.put("gravida", 2);
    pregnancy.put("parity", 1);
    pregnancy.put("lastBirthDate", childBorn.toString());
    String pregnancyId =
        post(Tokens.of(stack, "bidan1"), "/api/v1/pregnancies", pregnancy, 201).path("id").asText();

    // the child's health record comes from the civil registry's BirthRegistered event
    String citizen = Tokens.of(stack, "warga1");
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (get(citizen, "/api/v1/children").path("totalItems").asLong() < 1) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "the health service made no child record from the birth registration in 90 s");
      }
      Thread.sleep(1000);
    }
    return new Seeded(wife, family, childNik, pregnancyId);
  }

  /** warga1's overview through the gateway, to show what each request composes. */
  JsonNode overview() throws IOException, InterruptedException {
    return get(Tokens.of(stack, "warga1"), "/api/v1/me/overview");
  }

  private static Map<String, Object> person(String nik, String name, Sex sex, LocalDate born) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("nik", nik);
    body.put("fullName", name);
    body.put("sex", sex.name());
    body.put("birthDate", born.toString());
    body.put("birthPlace", "Kayuagung");
    body.put("religion", "1");
    body.put("maritalStatus", "2");
    body.put("marriageRegistered", true);
    body.put(
        "address",
        Map.of("desaCode", KIJANG_ULU, "rt", "003", "rw", "001", "street", "Jl. Lintas Timur"));
    return body;
  }

  private JsonNode post(String token, String path, Object body, int expected)
      throws IOException, InterruptedException {
    return post(token, path, body, expected, null);
  }

  private JsonNode post(String token, String path, Object body, int expected, Long version)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    if (version != null) {
      request.header("If-Match", "\"" + version + "\"");
    }
    if (body == null) {
      request.POST(HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
    return answer(http.send(request.build(), HttpResponse.BodyHandlers.ofString()), expected);
  }

  private JsonNode get(String token, String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .build();
    return answer(http.send(request, HttpResponse.BodyHandlers.ofString()), 200);
  }

  private static JsonNode answer(HttpResponse<String> response, int expected) throws IOException {
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          response.request().method()
              + " "
              + response.uri().getPath()
              + ": expected "
              + expected
              + ", got "
              + response.statusCode()
              + " "
              + response.body());
    }
    return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
  }
}
