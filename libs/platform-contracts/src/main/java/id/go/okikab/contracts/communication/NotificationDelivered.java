package id.go.okikab.contracts.communication;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;

/** A notification reached a channel (in-app, email, SMS/WhatsApp). */
public record NotificationDelivered(
    @Doc("the notification (aggregate id, record key)") String notificationId,
    @Doc("the ce_id of the event it tells about") String sourceEventId,
    @Doc("IN_APP, EMAIL or SMS") String channel,
    @Doc("when") OffsetDateTime deliveredAt)
    implements NotificationEvent {

  @Override
  public String aggregateId() {
    return notificationId;
  }
}
