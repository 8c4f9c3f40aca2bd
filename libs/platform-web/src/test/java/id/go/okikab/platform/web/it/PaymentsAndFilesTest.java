package id.go.okikab.platform.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.go.okikab.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The payment ledger acts once per bank reference; the file store checks what it keeps. */
@QuarkusTest
class PaymentsAndFilesTest {

  private static String bank() {
    return TestTokens.client("payment-provider").roles("payment-provider").mint();
  }

  private static String notification(String code, long amount, String reference) {
    return """
        {"billingCode": "%s", "amount": %d, "reference": "%s",
         "paidAt": "2026-12-01T10:15:00+07:00", "channel": "TELLER"}
        """
        .formatted(code, amount, reference);
  }

  @Test
  void twentyConcurrentIdenticalNotificationsPayOnceAndAnswerTheSame() throws Exception {
    String code = "BILL-" + UUID.randomUUID().toString().substring(0, 8);
    String reference = "NTPD" + System.nanoTime();
    String body = notification(code, 250_000, reference);
    String token = bank();
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Future<String>> answers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      answers.add(
          pool.submit(
              () ->
                  given()
                      .auth()
                      .oauth2(token)
                      .contentType(ContentType.JSON)
                      .body(body)
                      .when()
                      .post("/api/v1/test-payments")
                      .then()
                      .statusCode(200)
                      .extract()
                      .path("paymentId")));
    }
    Set<String> ids = new java.util.HashSet<>();
    for (Future<String> answer : answers) {
      ids.add(answer.get());
    }
    pool.shutdown();
    assertThat(ids).hasSize(1);
    given()
        .auth()
        .oauth2(token)
        .when()
        .get("/api/v1/test-payments/count/" + code)
        .then()
        .statusCode(200)
        .body("count", equalTo(1));
  }

  @Test
  void aRepeatSentWithNanosecondsIsTheSameNotification() {
    // PostgreSQL stores microseconds; the bank's resend carries the time exactly as first sent
    String code = "BILL-" + UUID.randomUUID().toString().substring(0, 8);
    String reference = "NTPD" + System.nanoTime();
    String body =
        """
        {"billingCode": "%s", "amount": 75000, "reference": "%s",
         "paidAt": "2026-12-01T10:15:00.123456789+07:00", "channel": "QRIS"}
        """
            .formatted(code, reference);
    String first =
        given()
            .auth()
            .oauth2(bank())
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/v1/test-payments")
            .then()
            .statusCode(200)
            .extract()
            .path("paymentId");
    given()
        .auth()
        .oauth2(bank())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/test-payments")
        .then()
        .statusCode(200)
        .body("paymentId", equalTo(first));
    given()
        .auth()
        .oauth2(bank())
        .get("/api/v1/test-payments/count/" + code)
        .then()
        .body("count", equalTo(1));
  }

  @Test
  void aFractionalAmountIsRefusedNotCutToWholeRupiah() {
    // Jackson would read 100.5 into a long as 100: StrictJson refuses it, naming the field
    String code = "BILL-" + UUID.randomUUID().toString().substring(0, 8);
    given()
        .auth()
        .oauth2(bank())
        .contentType(ContentType.JSON)
        .body(notification(code, 100, "NTPD" + System.nanoTime()).replace("100,", "100.5,"))
        .post("/api/v1/test-payments")
        .then()
        .statusCode(400)
        .contentType(Fixtures.PROBLEM_JSON)
        .body("errors.field", org.hamcrest.Matchers.hasItem("amount"));
    given()
        .auth()
        .oauth2(bank())
        .get("/api/v1/test-payments/count/" + code)
        .then()
        .body("count", equalTo(0));
  }

  @Test
  void aReferenceReusedForAnotherPaymentIsAConflictAndChangesNothing() {
    String code = "BILL-" + UUID.randomUUID().toString().substring(0, 8);
    String reference = "NTPD" + System.nanoTime();
    given()
        .auth()
        .oauth2(bank())
        .contentType(ContentType.JSON)
        .body(notification(code, 100_000, reference))
        .post("/api/v1/test-payments")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(bank())
        .contentType(ContentType.JSON)
        .body(notification(code, 999_000, reference))
        .post("/api/v1/test-payments")
        .then()
        .statusCode(409)
        .contentType(Fixtures.PROBLEM_JSON)
        .body("type", equalTo(Fixtures.TYPE + "payment-reference-reused"))
        .body("errors[0].field", equalTo("reference"));
    given()
        .auth()
        .oauth2(bank())
        .get("/api/v1/test-payments/count/" + code)
        .then()
        .body("count", equalTo(1));
  }

  @Test
  void anInvalidNotificationNamesItsFields() {
    given()
        .auth()
        .oauth2(bank())
        .contentType(ContentType.JSON)
        .body(
            "{\"billingCode\": \"x y\", \"amount\": -5, \"reference\": \"\", \"channel\": \"teller\"}")
        .post("/api/v1/test-payments")
        .then()
        .statusCode(400)
        .body(
            "errors.field",
            org.hamcrest.Matchers.hasItems(
                "amount", "billingCode", "channel", "paidAt", "reference"));
  }

  private static final byte[] PNG =
      HexFormat.of()
          .parseHex(
              "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                  + "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");

  @Test
  void aPhotoIsStoredWithItsRealTypeAndChecksum() {
    String owner = UUID.randomUUID().toString();
    given()
        .auth()
        .oauth2(Fixtures.citizen())
        .multiPart("photo", "../../etc/keripik.png", PNG, "application/octet-stream")
        .post("/api/v1/test-payments/files/" + owner)
        .then()
        .statusCode(200)
        .body("contentType", equalTo("image/png"))
        .body("fileName", equalTo("keripik.png"))
        .body("sizeBytes", equalTo(PNG.length))
        .body("sha256", equalTo(sha256(PNG)));
    given()
        .auth()
        .oauth2(Fixtures.citizen())
        .get("/api/v1/test-payments/files/" + owner)
        .then()
        .statusCode(200)
        .body("size()", equalTo(1));
  }

  @Test
  void aFileThatIsNotAPhotoOrTooLargeOrEmptyIsRefusedNamingTheField() {
    String owner = UUID.randomUUID().toString();
    given()
        .auth()
        .oauth2(Fixtures.citizen())
        .multiPart("photo", "photo.png", "<html>not an image</html>".getBytes(), "image/png")
        .post("/api/v1/test-payments/files/" + owner)
        .then()
        .statusCode(415)
        .contentType(Fixtures.PROBLEM_JSON)
        .body("errors[0].field", equalTo("photo"));
    byte[] large = new byte[3 * 1024 * 1024];
    System.arraycopy(PNG, 0, large, 0, PNG.length);
    given()
        .auth()
        .oauth2(Fixtures.citizen())
        .multiPart("photo", "big.png", large, "image/png")
        .post("/api/v1/test-payments/files/" + owner)
        .then()
        .statusCode(413)
        .body("errors[0].field", equalTo("photo"));
    given()
        .auth()
        .oauth2(Fixtures.citizen())
        .multiPart("photo", "empty.png", new byte[0], "image/png")
        .post("/api/v1/test-payments/files/" + owner)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("photo"));
    given()
        .auth()
        .oauth2(Fixtures.citizen())
        .get("/api/v1/test-payments/files/" + owner)
        .then()
        .body("size()", equalTo(0));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
