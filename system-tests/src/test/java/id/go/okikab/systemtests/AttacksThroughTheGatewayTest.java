package id.go.okikab.systemtests;

import static id.go.okikab.systemtests.Api.anonymous;
import static id.go.okikab.systemtests.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import id.go.okikab.devstack.Stack;
import id.go.okikab.platform.testing.RawHttp;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an attacker with a real citizen or agency token tries against the running platform, through
 * the gateway as every client reaches it: making a service fail until the gateway opens its circuit
 * for everyone, dot segments past the gateway's checks, a repeated JSON member, going around the
 * gateway to a service's own port.
 */
@ExtendWith(RunningPlatform.class)
class AttacksThroughTheGatewayTest {

  private static People.Household household;

  @BeforeAll
  static void aFamily() {
    household = People.household();
  }

  @Test
  void noCitizenCanMakeAServiceFailForEveryoneElse() {
    String attacker = household.wife().username();
    // requests that made a service answer 500 before, which the gateway counted against it
    for (int i = 0; i < 12; i++) {
      as(attacker)
          .queryParam("page", 1_000_000_000)
          .get("/api/v1/pregnancies")
          .then()
          .statusCode(400)
          .contentType(startsWith(Api.PROBLEM_JSON))
          .body("errors[0].field", equalTo("page"));
      as(attacker)
          .urlEncodingEnabled(false)
          .get("/api/v1/health-facilities/%00")
          .then()
          .statusCode(400)
          .contentType(startsWith(Api.PROBLEM_JSON));
      // an officer's route: a signed-in midwife is the attacker here
      as(Api.MIDWIFE)
          .body("{\"motherNik\": \"1602055708900001\", \"motherNik\": \"1602055708900002\"}")
          .post("/api/v1/pregnancies/lookup")
          .then()
          .statusCode(400)
          .body("type", equalTo("https://okikab.go.id/problems/malformed-request"));
    }
    // everyone else is still served, and the overview keeps its health sections
    as(household.head().username()).get("/api/v1/pregnancies").then().statusCode(200);
    JsonPath overview =
        as(household.head().username())
            .get("/api/v1/me/overview")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(overview.getBoolean("complete")).isTrue();
  }

  @Test
  void dotSegmentsDoNotSkipTheGatewaysChecks() {
    int port = RunningPlatform.service("gateway").port();
    String resident = "/api/v1/residents/" + household.wife().residentId();
    for (String target :
        List.of(
            "/api/v1/regions/../residents/" + household.wife().residentId(),
            "/api/v1/regions/%2e%2e/residents/" + household.wife().residentId(),
            "/api/v1/regions/.%2E/residents/" + household.wife().residentId(),
            "/x/../api/v1/residents/" + household.wife().residentId())) {
      RawHttp.Response response = RawHttp.get(port, target);
      assertThat(response.status()).as(target).isEqualTo(401);
      assertThat(response.header("content-type")).as(target).startsWith(Api.PROBLEM_JSON);
      // the gateway's own answer, before any forwarding
      assertThat(response.body()).as(target).contains("A valid bearer token is required");
    }
    // an agency reaches only its allowlisted route, however the path is spelled
    String agency = RunningPlatform.token(Api.AGENCY_VERIFIER);
    RawHttp.Response around =
        RawHttp.get(
            port,
            "/api/v1/verifications/residents/../../health-facilities",
            "Authorization: Bearer " + agency);
    assertThat(around.status()).isEqualTo(403);
    assertThat(around.body()).contains("This agency client may not use this route");
    // and the normalised path still works for its owner
    as(household.wife().username()).get(resident).then().statusCode(200);
  }

  @Test
  void anEncodedSlashIsRefused() {
    RawHttp.Response response =
        RawHttp.get(
            RunningPlatform.service("gateway").port(),
            "/api/v1/regions%2f..%2fresidents/" + household.wife().residentId());
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("content-type")).startsWith(Api.PROBLEM_JSON);
  }

  @Test
  void oversizedHeadersAreAProblemAtTheGateway() {
    RawHttp.Response response =
        RawHttp.get(
            RunningPlatform.service("gateway").port(),
            "/api/v1/regions",
            "X-Padding-1: " + "a".repeat(9_000),
            "X-Padding-2: " + "a".repeat(9_000));
    assertThat(response.status()).isEqualTo(431);
    assertThat(response.header("content-type")).startsWith(Api.PROBLEM_JSON);
    assertThat(response.header("x-request-id")).isNotBlank();
  }

  @Test
  void onlyTheGatewayListensBeyondTheLoopbackInterface() throws IOException {
    List<String> listening = listeningSockets();
    for (Stack.Service service : RunningPlatform.stack().services()) {
      List<String> addresses = addressesListeningOn(listening, service.port());
      assertThat(addresses).as("%s listens", service.name()).isNotEmpty();
      if (service.isEntry()) {
        assertThat(addresses).as("the gateway").anyMatch(a -> !isLoopback(a));
      } else {
        assertThat(addresses)
            .as("%s must listen on the loopback interface only", service.name())
            .allMatch(AttacksThroughTheGatewayTest::isLoopback);
      }
    }
  }

  @Test
  void aBrowserOnTheRealmsWebOriginMayCallTheApiAndAnotherMayNot() {
    anonymous()
        .header("Origin", "http://localhost:5173")
        .header("Access-Control-Request-Method", "GET")
        .header("Access-Control-Request-Headers", "authorization")
        .options("/api/v1/residents/me")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "http://localhost:5173");
    as(household.wife().username())
        .header("Origin", "http://localhost:5173")
        .get("/api/v1/residents/me")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "http://localhost:5173");
    String refused =
        as(household.wife().username())
            .header("Origin", "https://evil.example")
            .get("/api/v1/residents/me")
            .then()
            .extract()
            .header("Access-Control-Allow-Origin");
    assertThat(refused).isNull();
  }

  // ---- /proc/net/tcp{,6}: the local address of every listening socket, as "address:port"

  private static List<String> listeningSockets() throws IOException {
    List<String> sockets = new ArrayList<>();
    for (String file : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path path = Path.of(file);
      if (!Files.isReadable(path)) {
        continue;
      }
      List<String> lines = Files.readAllLines(path);
      for (String line : lines.subList(1, lines.size())) {
        String[] fields = line.trim().split("\\s+");
        if (fields.length > 3 && fields[3].equals("0A")) { // TCP_LISTEN
          sockets.add(fields[1].toUpperCase(Locale.ROOT));
        }
      }
    }
    return sockets;
  }

  private static List<String> addressesListeningOn(List<String> sockets, int port) {
    String hexPort = String.format("%04X", port);
    return sockets.stream()
        .filter(s -> s.endsWith(":" + hexPort))
        .map(s -> s.substring(0, s.indexOf(':')))
        .toList();
  }

  /** 127.x.x.x in /proc's little-endian hex (IPv4, or IPv4-mapped IPv6), or ::1. */
  private static boolean isLoopback(String hex) {
    if (hex.length() == 8) {
      return hex.endsWith("7F");
    }
    return hex.equals("00000000000000000000000001000000")
        || (hex.startsWith("0000000000000000FFFF0000") && hex.endsWith("7F"));
  }
}
