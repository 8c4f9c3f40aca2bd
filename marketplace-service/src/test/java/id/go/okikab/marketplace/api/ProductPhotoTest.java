package id.go.okikab.marketplace.api;

import static id.go.okikab.marketplace.Market.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Product photos through the platform's FileStore: type from the bytes, size limit, checksum. */
@QuarkusTest
class ProductPhotoTest {

  /** A 1×1 PNG. */
  static final byte[] PNG =
      HexFormat.of()
          .parseHex(
              "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f6e62a0000000049454e44ae426082");

  private static io.restassured.specification.RequestSpecification upload(String token) {
    return given().auth().oauth2(token).header("Idempotency-Key", UUID.randomUUID().toString());
  }

  @Test
  void aPhotoIsStoredWithItsChecksumAndServed() throws Exception {
    Person owner = merchant();
    String shop = verifiedShop(owner);
    String p = product(owner, shop, "Bolu Kojo", 40_000, 3, "MAKANAN_KEMASAN");
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG));
    String photoId =
        upload(owner.token())
            .multiPart("photo", "bolu.png", PNG, "application/octet-stream")
            .post("/api/v1/products/" + p + "/photos")
            .then()
            .statusCode(201)
            .body("contentType", equalTo("image/png"))
            .body("sha256", equalTo(sha))
            .body("sizeBytes", equalTo(PNG.length))
            .extract()
            .path("id");
    given()
        .get("/api/v1/products/" + p + "/photos")
        .then()
        .statusCode(200)
        .body("id", contains(photoId));
    byte[] served =
        given()
            .get("/api/v1/products/" + p + "/photos/" + photoId)
            .then()
            .statusCode(200)
            .contentType("image/png")
            .extract()
            .asByteArray();
    assertThat(served).isEqualTo(PNG);
  }

  @Test
  void wrongTypesOversizedFilesAndStrangersAreRefused() {
    Person owner = merchant();
    String shop = verifiedShop(owner);
    String p = product(owner, shop, "Dodol Durian", 30_000, 3, "MAKANAN_KEMASAN");
    upload(owner.token())
        .multiPart("photo", "x.png", "not an image".getBytes(), "image/png")
        .post("/api/v1/products/" + p + "/photos")
        .then()
        .statusCode(415);
    byte[] big = new byte[2 * 1024 * 1024 + 1];
    System.arraycopy(PNG, 0, big, 0, PNG.length);
    upload(owner.token())
        .multiPart("photo", "big.png", big, "image/png")
        .post("/api/v1/products/" + p + "/photos")
        .then()
        .statusCode(413);
    upload(merchant().token())
        .multiPart("photo", "bolu.png", PNG, "image/png")
        .post("/api/v1/products/" + p + "/photos")
        .then()
        .statusCode(403);
    given()
        .multiPart("photo", "bolu.png", PNG, "image/png")
        .post("/api/v1/products/" + p + "/photos")
        .then()
        .statusCode(401);
    given().get("/api/v1/products/" + p + "/photos/" + UUID.randomUUID()).then().statusCode(404);
  }
}
