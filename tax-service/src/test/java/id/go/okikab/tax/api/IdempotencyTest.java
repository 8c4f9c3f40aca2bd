package id.go.okikab.tax.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.okikab.platform.web.idempotency.IdempotencyCheck;
import org.junit.jupiter.api.Test;

/** Every creating or acting POST of the tax API is safe to retry with an Idempotency-Key. */
class IdempotencyTest {

  @Test
  void everyPostIsIdempotent() {
    assertThat(IdempotencyCheck.offenders("id.go.okikab.tax.api")).isEmpty();
  }
}
