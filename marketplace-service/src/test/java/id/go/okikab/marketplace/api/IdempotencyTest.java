package id.go.okikab.marketplace.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.okikab.platform.web.idempotency.IdempotencyCheck;
import org.junit.jupiter.api.Test;

/** Every creating or acting POST of the marketplace API is safe to retry. */
class IdempotencyTest {

  @Test
  void everyPostIsIdempotent() {
    assertThat(IdempotencyCheck.offenders("id.go.okikab.marketplace.api")).isEmpty();
  }
}
