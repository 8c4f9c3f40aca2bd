package id.go.okikab.marketplace.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Cancels unpaid orders once their QRIS code has expired, and releases their stock. */
@ApplicationScoped
public class ExpirySweep {

  private final OrderService orders;

  public ExpirySweep(OrderService orders) {
    this.orders = orders;
  }

  @Scheduled(
      identity = "order-expiry-sweep",
      every = "${oki.marketplace.qris.expiry-sweep-every}",
      delayed = "10s",
      skipExecutionIf = Scheduled.ApplicationNotRunning.class,
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void sweep() {
    while (orders.cancelExpired(100) == 100) {
      // another batch
    }
  }
}
