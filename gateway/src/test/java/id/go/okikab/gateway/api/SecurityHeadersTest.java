package id.go.okikab.gateway.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.go.okikab.gateway.proxy.EchoBackend;
import id.go.okikab.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The platform's security headers (platform-web's {@code SecurityHeaders}) on every answer of the
 * gateway: proxied ones, its own endpoints, its problems, and its Swagger UI, which still loads the
 * merged document under its content-security policy.
 */
@QuarkusTest
@WithTestResource(EchoBackend.class)
class SecurityHeadersTest {

  private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

  private static void apiHeaders(Response response) {
    response
        .then()
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", API_CSP)
        .header("Referrer-Policy", "no-referrer");
  }

  @Test
  void aProxiedAnswerCarriesThemAndKeepsTheServicesOwnCachePolicy() {
    String officer = TestTokens.user("dukcapil1").roles("registry-officer").mint();
    Response proxied = given().auth().oauth2(officer).get("/api/v1/echo/things");
    proxied.then().statusCode(200).header("X-Echo", "yes");
    apiHeaders(proxied);
    // a service that chose a cache policy (public reference data) keeps it
    given()
        .auth()
        .oauth2(officer)
        .queryParam("cache-control", "public, max-age=60")
        .get("/api/v1/echo/things")
        .then()
        .statusCode(200)
        .header("Cache-Control", "public, max-age=60")
        .header("X-Content-Type-Options", "nosniff");
    // the gateway's own problem on a routed path
    Response refused = given().get("/api/v1/echo/things");
    refused.then().statusCode(401).contentType("application/problem+json");
    apiHeaders(refused);
  }

  @Test
  void theGatewaysOwnEndpointsCarryThem() {
    String citizen = TestTokens.citizen("warga1", "1602055708900001").mint();
    Response overview = given().auth().oauth2(citizen).get("/api/v1/me/overview");
    overview.then().statusCode(200);
    apiHeaders(overview);
    Response timeline = given().auth().oauth2(citizen).get("/api/v1/me/timeline");
    timeline.then().statusCode(200);
    apiHeaders(timeline);
    Response merged = given().get("/api/v1/openapi");
    merged.then().statusCode(200);
    apiHeaders(merged);
  }

  @Test
  void theSwaggerUiMayNotBeFramedAndLoadsOnlyFromItsOwnOrigin() {
    Response page = given().redirects().follow(true).get("/q/swagger-ui/");
    page.then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .header("X-Frame-Options", "DENY")
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer")
        .header("Content-Security-Policy", containsString("default-src 'self'"))
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("Content-Security-Policy", containsString("connect-src 'self'"));
    String html = page.asString();

    // every script and style the page loads is the gateway's own, served with its real media
    // type (nosniff: a browser refuses a script or a style served as anything else)
    List<String> scripts = attributes(html, "script", "src");
    List<String> styles = attributes(html, "link", "href");
    assertThat(scripts).as("the page's scripts").isNotEmpty();
    for (String url : concat(scripts, styles)) {
      assertThat(url).as(url).doesNotStartWith("//").doesNotContain("://");
    }
    for (String script : scripts) {
      given()
          .get(resolve(script))
          .then()
          .statusCode(200)
          .contentType(containsString("javascript"))
          .header("X-Content-Type-Options", "nosniff");
    }
    for (String style : styles) {
      if (style.endsWith(".css")) {
        given().get(resolve(style)).then().statusCode(200).contentType(containsString("text/css"));
      }
    }

    // nothing leaves the origin: no online validator (it would be sent the document's address)
    assertThat(html).doesNotContain("validator.swagger.io");

    // the merged document is the primary one, on the same origin (connect-src 'self')
    assertThat(html).contains("/api/v1/openapi");
    given()
        .header("Origin", RestAssured.baseURI + ":" + RestAssured.port)
        .get("/api/v1/openapi")
        .then()
        .statusCode(200)
        .body("info.title", equalTo("OKI Smart Regency Platform API"));
  }

  /** The values of {@code attribute} on every {@code <tag …>} of the page. */
  private static List<String> attributes(String html, String tag, String attribute) {
    List<String> values = new ArrayList<>();
    Matcher tags = Pattern.compile("<" + tag + "\\b[^>]*>", Pattern.CASE_INSENSITIVE).matcher(html);
    Pattern value =
        Pattern.compile(
            "\\b" + attribute + "\\s*=\\s*[\"']([^\"']+)[\"']", Pattern.CASE_INSENSITIVE);
    while (tags.find()) {
      Matcher m = value.matcher(tags.group());
      if (m.find()) {
        values.add(m.group(1));
      }
    }
    return values;
  }

  private static String resolve(String url) {
    return url.startsWith("/") ? url : "/q/swagger-ui/" + url;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
