package id.go.okikab.marketplace.service;

import id.go.okikab.marketplace.domain.Merchant;
import id.go.okikab.marketplace.domain.Order;
import id.go.okikab.marketplace.domain.OrderStatus;
import id.go.okikab.marketplace.repository.MerchantRepository;
import id.go.okikab.marketplace.repository.OrderRepository;
import id.go.okikab.marketplace.service.OrderViews.OrderView;
import id.go.okikab.platform.web.payment.PaymentNotification;
import id.go.okikab.platform.web.payment.PaymentNotifications;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The acquirer's side: the inquiry of a QRIS bill, the payment notification (acted on once per bank
 * reference, {@link PaymentNotifications}) and the refund notification. Payment is confirmed only
 * here, never by the buyer's client.
 */
@ApplicationScoped
public class PaymentService {

  /** What the acquirer sees of a bill before it is paid. */
  public record Inquiry(
      String billingCode,
      long amount,
      String merchantName,
      String nmid,
      String status,
      boolean payable,
      OffsetDateTime expiresAt) {}

  private final OrderRepository orders;
  private final MerchantRepository merchants;
  private final OrderService orderService;
  private final PaymentNotifications notifications;
  private final Access access;
  private final java.time.Clock clock;

  public PaymentService(
      OrderRepository orders,
      MerchantRepository merchants,
      OrderService orderService,
      PaymentNotifications notifications,
      Access access,
      java.time.Clock clock) {
    this.orders = orders;
    this.merchants = merchants;
    this.orderService = orderService;
    this.notifications = notifications;
    this.access = access;
    this.clock = clock;
  }

  @Transactional
  public Inquiry inquiry(String billingCode) {
    Order o = byCode(billingCode, false);
    Merchant shop = merchants.require(o.merchantId);
    boolean payable =
        o.status == OrderStatus.AWAITING_PAYMENT && !OffsetDateTime.now(clock).isAfter(o.expiresAt);
    return new Inquiry(
        o.paymentCode,
        o.total,
        shop.businessName,
        shop.qrisNmid,
        o.status.name(),
        payable,
        o.expiresAt);
  }

  /** The acquirer's payment: the order PAID ({@code OrderPaid}), once per reference. */
  @Transactional
  public OrderView pay(PaymentNotification n) {
    String provider = access.provider();
    String orderId =
        notifications.once(
            provider,
            n,
            first -> {
              Order o = byCode(first.billingCode(), true);
              Merchant shop = merchants.require(o.merchantId);
              orderService.apply(
                  o,
                  shop,
                  o.pay(first.amount(), first.reference(), first.paidAt(), provider, shop));
              return o.id.toString();
            });
    Order o = orders.require(UUID.fromString(orderId));
    return orderService.view(o, merchants.require(o.merchantId));
  }

  /** The acquirer's refund of a paid order ({@code OrderRefunded}), once per reference. */
  @Transactional
  public OrderView refund(PaymentNotification n) {
    String provider = access.provider();
    String orderId =
        notifications.once(
            provider,
            n,
            first -> {
              Order o = byCode(first.billingCode(), true);
              Merchant shop = merchants.require(o.merchantId);
              orderService.apply(
                  o,
                  shop,
                  o.refund(first.amount(), first.reference(), first.paidAt(), provider, shop));
              return o.id.toString();
            });
    Order o = orders.require(UUID.fromString(orderId));
    return orderService.view(o, merchants.require(o.merchantId));
  }

  private Order byCode(String code, boolean lock) {
    var query = orders.find("paymentCode", code);
    if (lock) {
      query.withLock(LockModeType.PESSIMISTIC_WRITE);
    }
    return query
        .firstResultOptional()
        .orElseThrow(
            () -> new NotFoundProblem("No order has the QRIS bill number " + sanitize(code) + "."));
  }

  private static String sanitize(String code) {
    return code == null ? "" : code.replaceAll("[^A-Za-z0-9-]", "");
  }
}
