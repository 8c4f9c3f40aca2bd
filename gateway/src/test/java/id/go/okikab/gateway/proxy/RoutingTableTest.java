package id.go.okikab.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Glob patterns of public paths and agency grants. */
class RoutingTableTest {

  @Test
  void oneStarIsOneSegmentTwoStarsAreTheRest() {
    assertThat(
            RoutingTable.glob("certificates/verify/*")
                .matcher("certificates/verify/AKL-123")
                .matches())
        .isTrue();
    assertThat(
            RoutingTable.glob("certificates/verify/*").matcher("certificates/verify/a/b").matches())
        .isFalse();
    assertThat(RoutingTable.glob("regions/**").matcher("regions/1602/kecamatan").matches())
        .isTrue();
    assertThat(RoutingTable.glob("regions/**").matcher("regionsX").matches()).isFalse();
    assertThat(
            RoutingTable.glob("/residents/verifications")
                .matcher("residents/verifications")
                .matches())
        .isTrue();
    assertThat(Set.of("a.b").contains(RoutingTable.glob("a.b").pattern()))
        .isFalse(); // dots are literal
    assertThat(RoutingTable.glob("a.b").matcher("axb").matches()).isFalse();
  }
}
