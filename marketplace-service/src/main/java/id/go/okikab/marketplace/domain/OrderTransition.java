package id.go.okikab.marketplace.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One step of an order's status history: who (type and token subject), when, why. */
@Entity
@Table(name = "order_transition")
public class OrderTransition {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "order_id")
  public UUID orderId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  public OrderStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  public OrderStatus toStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_type")
  public OrderStatus.Actor actorType;

  public String actor;

  public String reason;

  public OffsetDateTime at;

  public static OrderTransition of(
      UUID orderId,
      OrderStatus from,
      OrderStatus to,
      OrderStatus.Actor actorType,
      String actor,
      String reason,
      OffsetDateTime at) {
    OrderTransition t = new OrderTransition();
    t.orderId = orderId;
    t.fromStatus = from;
    t.toStatus = to;
    t.actorType = actorType;
    t.actor = actor;
    t.reason = reason;
    t.at = at;
    return t;
  }
}
