package id.go.okikab.marketplace.service;

import id.go.okikab.marketplace.domain.Order;
import id.go.okikab.marketplace.domain.OrderLine;
import id.go.okikab.marketplace.domain.OrderTransition;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the API answers about orders. */
public final class OrderViews {

  private OrderViews() {}

  public record OrderView(
      UUID id,
      UUID merchantId,
      String merchantName,
      String status,
      long total,
      long pbjtBase,
      long refundedAmount,
      List<LineView> lines,
      String paymentCode,
      OffsetDateTime expiresAt,
      OffsetDateTime placedAt,
      OffsetDateTime paidAt,
      OffsetDateTime completedAt,
      List<TransitionView> history,
      long version) {
    static OrderView of(
        Order o, String merchantName, List<OrderLine> lines, List<OrderTransition> history) {
      return new OrderView(
          o.id,
          o.merchantId,
          merchantName,
          o.status.name(),
          o.total,
          o.pbjtBase,
          o.refundedAmount,
          lines.stream().map(LineView::of).toList(),
          o.paymentCode,
          o.expiresAt,
          o.placedAt,
          o.paidAt,
          o.completedAt,
          history.stream().map(TransitionView::of).toList(),
          o.version);
    }
  }

  public record OrderSummary(
      UUID id,
      UUID merchantId,
      String status,
      long total,
      OffsetDateTime placedAt,
      OffsetDateTime expiresAt) {
    static OrderSummary of(Order o) {
      return new OrderSummary(
          o.id, o.merchantId, o.status.name(), o.total, o.placedAt, o.expiresAt);
    }
  }

  public record LineView(
      int lineNo,
      UUID productId,
      String productName,
      String category,
      String unit,
      long unitPrice,
      int quantity,
      long amount,
      boolean pbjt) {
    static LineView of(OrderLine l) {
      return new LineView(
          l.key.lineNo,
          l.productId,
          l.productName,
          l.category,
          l.unit,
          l.unitPrice,
          l.quantity,
          l.amount,
          l.pbjt);
    }
  }

  public record TransitionView(
      String from, String to, String actorType, String actor, String reason, OffsetDateTime at) {
    static TransitionView of(OrderTransition t) {
      return new TransitionView(
          t.fromStatus == null ? null : t.fromStatus.name(),
          t.toStatus.name(),
          t.actorType.name(),
          t.actor,
          t.reason,
          t.at);
    }
  }

  /** The order's dynamic QRIS code. */
  public record QrisView(
      UUID orderId,
      String payload,
      long amount,
      String paymentCode,
      OffsetDateTime expiresAt,
      String status) {}
}
