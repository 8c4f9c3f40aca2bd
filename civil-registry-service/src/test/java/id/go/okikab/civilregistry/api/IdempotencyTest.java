package id.go.okikab.civilregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.okikab.platform.web.idempotency.IdempotencyCheck;
import org.junit.jupiter.api.Test;

/** Every creating or acting POST of the registry is safe to retry (weak rural networks). */
class IdempotencyTest {

  @Test
  void everyPostIsIdempotentOrSaysWhyNot() {
    assertThat(IdempotencyCheck.offenders("id.go.okikab.civilregistry.api")).isEmpty();
  }
}
