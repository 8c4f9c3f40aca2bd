package id.go.okikab.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The gateway routes, authorises and forwards the path the service will act on: dot segments
 * (literal or percent-encoded) are removed before routing, and what cannot be normalised is a 400.
 * Raw paths are sent with the JDK client (or a socket), which send them as written; REST Assured
 * may normalise them first. Route {@code open} has public paths {@code open/docs/**}, shaped like
 * the real {@code regions/**}.
 */
@QuarkusTest
@WithTestResource(EchoBackend.class)
class PathNormalisationTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Answer(int status, String contentType, JsonNode body) {}

  private static Answer send(String method, String rawPath, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + rawPath))
            .method(
                method,
                "GET".equals(method)
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString("{}"));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (!"GET".equals(method)) {
      request.header("Content-Type", "application/json");
    }
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    Optional<String> type = response.headers().firstValue("Content-Type");
    JsonNode body = response.body().isEmpty() ? null : JSON.readTree(response.body());
    return new Answer(response.statusCode(), type.orElse(null), body);
  }

  private static String officer() {
    return TestTokens.user("dukcapil1").roles("registry-officer").mint();
  }

  @Test
  void anAnonymousDotSegmentPathOutOfAPublicRouteGetsTheGateways401AndIsNotForwarded()
      throws Exception {
    for (String path :
        new String[] {
          "/api/v1/open/docs/../private",
          "/api/v1/open/docs/%2e%2e/private",
          "/api/v1/open/docs/.%2e/private",
          "/api/v1/open/docs/%2E%2E/private",
          "/api/v1/open/docs/x/../../private",
          "/api/v1/open/docs/./../private"
        }) {
      int before = EchoBackend.REQUESTS.get();
      Answer answer = send("GET", path, null);
      assertThat(answer.status()).as(path).isEqualTo(401);
      assertThat(answer.contentType()).as(path).isEqualTo("application/problem+json");
      assertThat(answer.body().path("type").asText())
          .isEqualTo("https://okikab.go.id/problems/unauthorized");
      assertThat(EchoBackend.REQUESTS.get()).as(path + " not forwarded").isEqualTo(before);
    }
  }

  @Test
  void aPathThatVertxNormalisesIntoTheApiIsRoutedAsTheApiAndNeedsAToken() throws Exception {
    int before = EchoBackend.REQUESTS.get();
    Answer answer = send("GET", "/x/../api/v1/echo/things", null);
    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
    assertThat(EchoBackend.REQUESTS.get()).isEqualTo(before);

    Answer authorised = send("GET", "/x/../api/v1/echo/things", officer());
    assertThat(authorised.status()).isEqualTo(200);
    assertThat(authorised.body().path("path").asText()).isEqualTo("/api/v1/echo/things");
  }

  @Test
  void anAuthorisedRequestIsForwardedWithTheNormalisedPathAndTheRawQuery() throws Exception {
    Answer answer =
        send(
            "GET",
            "/api/v1/open/docs/%2e%2e/../echo/./things/%7E42?q=kayu%20agung&x=%2e",
            officer());
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().path("path").asText()).isEqualTo("/api/v1/echo/things/~42");
    assertThat(answer.body().path("query").asText()).isEqualTo("q=kayu%20agung&x=%2e");
  }

  @Test
  void anAgencyCannotReachARouteItsAllowlistForbidsThroughDotSegments() throws Exception {
    String agency = TestTokens.client("dukcapil-pusat").roles("agency-verifier").mint();
    for (String[] call :
        new String[][] {
          {"GET", "/api/v1/open/docs/../../echo/things"},
          {"GET", "/api/v1/open/docs/%2e%2e/%2e%2e/echo/things"},
          {"POST", "/api/v1/echo/verifications/../things"},
          {"POST", "/api/v1/verifications/residents/../../echo/things"}
        }) {
      int before = EchoBackend.REQUESTS.get();
      Answer answer = send(call[0], call[1], agency);
      assertThat(answer.status()).as(call[1]).isEqualTo(403);
      assertThat(answer.body().path("type").asText())
          .isEqualTo("https://okikab.go.id/problems/forbidden");
      assertThat(EchoBackend.REQUESTS.get()).as(call[1] + " not forwarded").isEqualTo(before);
    }
    // what its allowlist opens still works
    assertThat(send("POST", "/api/v1/echo/verifications", agency).status()).isEqualTo(200);
  }

  @Test
  void whatCannotBeNormalisedIs400MalformedRequest() throws Exception {
    for (String path :
        new String[] {
          "/api/v1/echo/a%2fb",
          "/api/v1/echo/a%2F..%2F..%2Fresidents",
          "/api/v1/echo/a%5cb",
          "/api/v1/echo/a%00b",
          "/api/v1/echo/a%1Fb",
          "/api/v1/echo/a%7fb",
          "/api/v1/echo//things",
          "/api/v1/open/docs/..;/private"
        }) {
      int before = EchoBackend.REQUESTS.get();
      Answer answer = send("GET", path, officer());
      assertThat(answer.status()).as(path).isEqualTo(400);
      assertThat(answer.contentType()).as(path).isEqualTo("application/problem+json");
      assertThat(answer.body().path("type").asText())
          .isEqualTo("https://okikab.go.id/problems/malformed-request");
      assertThat(answer.body().path("instance").asText()).as(path).isEqualTo(path);
      assertThat(EchoBackend.REQUESTS.get()).as(path + " not forwarded").isEqualTo(before);
    }
  }

  /**
   * A literal backslash or an invalid percent escape: refused by the platform's request edge
   * (libs/platform-web) before the gateway routes anything (RequestPaths refuses them too, see
   * RequestPathsTest). Nothing reaches a service.
   */
  @Test
  void aLiteralBackslashOrAnInvalidEscapeIsRefusedBeforeAnythingIsForwarded() throws Exception {
    for (String path :
        new String[] {
          "/api/v1/open/docs\\..\\..\\echo\\things", "/api/v1/echo/a%zzb", "/api/v1/echo/a%2"
        }) {
      int before = EchoBackend.REQUESTS.get();
      String answer = raw("GET " + path + " HTTP/1.1");
      assertThat(answer).as(path).startsWith("HTTP/1.1 400");
      assertThat(answer.toLowerCase()).as(path).contains("content-type: application/problem+json");
      assertThat(EchoBackend.REQUESTS.get()).as(path + " not forwarded").isEqualTo(before);
    }
  }

  /** Sends one request line (no token) on a socket and returns the whole answer. */
  private static String raw(String requestLine) throws Exception {
    try (Socket socket = new Socket(URI.create(RestAssured.baseURI).getHost(), RestAssured.port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          (requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      in.transferTo(answer);
      return answer.toString(StandardCharsets.ISO_8859_1);
    }
  }
}
