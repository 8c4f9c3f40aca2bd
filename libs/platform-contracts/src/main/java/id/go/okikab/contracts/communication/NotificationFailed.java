package id.go.okikab.contracts.communication;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;

/** A notification could not be delivered on a channel after its retries. */
public record NotificationFailed(
    @Doc("the notification (aggregate id, record key)") String notificationId,
    @Doc("the ce_id of the event it tells about") String sourceEventId,
    @Doc("EMAIL or SMS") String channel,
    @Doc("attempts made") int attempts,
    @Doc("when it was given up") OffsetDateTime failedAt)
    implements NotificationEvent {

  @Override
  public String aggregateId() {
    return notificationId;
  }
}
