package id.go.okikab.platform.web.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdempotencyCheckTest {

  @Test
  void theTestApplicationsPostsAreAllIdempotent() {
    assertEquals(List.of(), IdempotencyCheck.offenders("id.go.okikab.platform.web.testapp"));
  }

  @Test
  void offendersAreListed() {
    assertEquals(
        List.of(
            "id.go.okikab.platform.web.idempotency.fixtures.CarelessResource#create:"
                + " POST without @Idempotent",
            "id.go.okikab.platform.web.idempotency.fixtures.CarelessResource#submit:"
                + " @Idempotent method must return Response or RestResponse"),
        IdempotencyCheck.offenders("id.go.okikab.platform.web.idempotency.fixtures"));
  }

  @Test
  void anEmptyPackageIsAMistake() {
    assertThrows(
        IllegalArgumentException.class, () -> IdempotencyCheck.offenders("no.such.package"));
  }
}
