package id.go.okikab.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The path the gateway routes on: RFC 3986 §2.3 and §5.2.4, and what it refuses. */
class RequestPathsTest {

  @ParameterizedTest
  @CsvSource({
    // unchanged
    "/api/v1/residents/42, /api/v1/residents/42",
    "/api/v1/regions/, /api/v1/regions/",
    "/, /",
    "/api/v1/residents/a%20b, /api/v1/residents/a%20b",
    "/api/v1/certificates/verify/AKL-123, /api/v1/certificates/verify/AKL-123",
    // dot segments
    "/api/v1/regions/../residents/1, /api/v1/residents/1",
    "/api/v1/regions/./1602, /api/v1/regions/1602",
    "/api/v1/regions/x/../../residents/1, /api/v1/residents/1",
    "/x/../api/v1/residents/1, /api/v1/residents/1",
    "/api/v1/residents/1/.., /api/v1/residents/",
    "/api/v1/residents/1/., /api/v1/residents/1/",
    "/api/v1/residents/1/../, /api/v1/residents/",
    "/.., /",
    "/../../api/v1/x, /api/v1/x",
    "/api/.., /",
    "/a/b/c/./../../g, /a/g", // RFC 3986 §5.2.4's example
    "/api/v1/..x/.x./x.., /api/v1/..x/.x./x..", // not dot segments
    // encoded dots and other unreserved characters
    "/api/v1/regions/%2e%2e/residents/1, /api/v1/residents/1",
    "/api/v1/regions/.%2e/residents/1, /api/v1/residents/1",
    "/api/v1/regions/%2E%2E/residents/1, /api/v1/residents/1",
    "/api/v1/regions/%2E/1602, /api/v1/regions/1602",
    "/api/v1/%72egions/%7E%5f%2D, /api/v1/regions/~_-",
    // other escapes stay encoded, hex in upper case
    "/api/v1/residents/a%3bb%3F, /api/v1/residents/a%3Bb%3F",
    "/api/v1/residents/%252e%252e, /api/v1/residents/%252e%252e",
    "/api/v1/residents/%C3%A9, /api/v1/residents/%C3%A9",
  })
  void normalises(String raw, String normalised) {
    assertThat(RequestPaths.normalise(raw)).isEqualTo(normalised);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/regions/..%2fresidents/1",
        "/api/v1/regions/..%2Fresidents/1",
        "/api/v1/regions/..%5cresidents/1",
        "/api/v1/regions/..%5Cresidents/1",
        "/api/v1/regions\\..\\residents/1",
        "/api/v1/residents/1%00",
        "/api/v1/residents/1%0a",
        "/api/v1/residents/1%1F",
        "/api/v1/residents/1%7f",
        "/api/v1/residents/1\u0000",
        "/api/v1/residents/1\n",
        "/api/v1/residents/1\u007f",
        "/api/v1/residents/%",
        "/api/v1/residents/%2",
        "/api/v1/residents/%zz",
        "/api/v1/residents/%g0",
        "/api/v1//residents/1",
        "//api/v1/residents/1",
        "/api/v1/regions/..;/residents/1",
        "/api/v1/regions/.;x/1602",
        "api/v1/residents/1",
        ""
      })
  void refuses(String raw) {
    assertThatThrownBy(() -> RequestPaths.normalise(raw))
        .isInstanceOf(RequestPaths.MalformedPathException.class)
        .hasMessageStartingWith("the path");
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> RequestPaths.normalise(null))
        .isInstanceOf(RequestPaths.MalformedPathException.class);
  }

  @Test
  void theResultIsStable() {
    String once = RequestPaths.normalise("/api/v1/regions/%2e%2e/residents/./1/%7e");
    assertThat(RequestPaths.normalise(once)).isEqualTo(once);
  }
}
