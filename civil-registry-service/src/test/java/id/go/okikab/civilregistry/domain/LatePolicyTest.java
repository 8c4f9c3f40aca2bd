package id.go.okikab.civilregistry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Late reporting: births after 60 days (UU 24/2013 Pasal 27), deaths after 30 (Pasal 44). */
class LatePolicyTest {

  @ParameterizedTest(name = "{0} reported {1}, limit {2} days: late={3}")
  @CsvSource({
    "2026-01-01, 2026-01-01, 60, false",
    "2026-01-01, 2026-03-02, 60, false", // day 60
    "2026-01-01, 2026-03-03, 60, true", // day 61
    "2024-01-01, 2024-03-01, 60, false", // a leap year: 1 March is day 60
    "2024-01-01, 2024-03-02, 60, true",
    "2026-11-01, 2026-12-01, 30, false", // a death on day 30
    "2026-11-01, 2026-12-02, 30, true",
    "2026-01-31, 2026-03-02, 30, false",
  })
  void lateOnlyAfterTheLimit(LocalDate event, LocalDate reported, int days, boolean late) {
    assertThat(LatePolicy.isLate(event, reported, days)).isEqualTo(late);
  }
}
