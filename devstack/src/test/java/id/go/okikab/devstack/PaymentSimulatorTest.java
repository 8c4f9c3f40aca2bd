package id.go.okikab.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaymentSimulatorTest {

  @Test
  void aBillingCodesFirstDigitsNameTheServiceThatCollects() {
    assertThat(PaymentSimulator.route("1126120000000017").orElseThrow().service())
        .isEqualTo("tax-service");
    assertThat(PaymentSimulator.route("2126-1200-0000-0001").orElseThrow().paymentsPath())
        .isEqualTo("/api/v1/permit-payments");
    assertThat(
            PaymentSimulator.route("31 2612 0000 0000 01")
                .orElseThrow()
                .inquiry("3126120000000001"))
        .isEqualTo("/api/v1/order-payments/inquiries/3126120000000001");
    assertThat(PaymentSimulator.route("9926120000000001")).isEmpty();
    assertThat(PaymentSimulator.route("11261200")).isEmpty();
    assertThat(PaymentSimulator.route("11AB120000000001")).isEmpty();
  }

  @Test
  void rupiahHasDotsForThousands() {
    assertThat(PaymentSimulator.rupiah(150_000)).isEqualTo("150.000");
    assertThat(PaymentSimulator.rupiah(1_660_000)).isEqualTo("1.660.000");
  }
}
