package id.go.okikab.health.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.okikab.platform.web.idempotency.IdempotencyCheck;
import org.junit.jupiter.api.Test;

/** Every creating or acting POST of the KIA API is safe to retry with an Idempotency-Key. */
class IdempotencyTest {

  @Test
  void everyPostIsIdempotent() {
    assertThat(IdempotencyCheck.offenders("id.go.okikab.health.api")).isEmpty();
  }
}
