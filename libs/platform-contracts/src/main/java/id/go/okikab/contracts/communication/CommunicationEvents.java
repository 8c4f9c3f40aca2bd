package id.go.okikab.contracts.communication;

import id.go.okikab.contracts.ContextEvents;
import id.go.okikab.contracts.EventCatalog;

/**
 * The topics and event types of Diskominfo OKI. The records live beside this class; {@link
 * id.go.okikab.contracts.PlatformEvents} adds them to the platform catalog.
 */
public final class CommunicationEvents implements ContextEvents {

  /** For the {@link java.util.ServiceLoader} (META-INF/services). */
  public CommunicationEvents() {}

  @Override
  public String context() {
    return "communication";
  }

  /** A public complaint (aduan) (key: the complaint id). */
  public static final EventCatalog.Topic COMPLAINT =
      new EventCatalog.Topic(
          "communication",
          "complaint",
          1,
          3,
          false,
          "Public complaints and aspirations (aduan) handled by Diskominfo OKI and the agencies, with their SLA; never their text.");

  /** A public announcement (key: the announcement id). */
  public static final EventCatalog.Topic ANNOUNCEMENT =
      new EventCatalog.Topic(
          "communication",
          "announcement",
          1,
          1,
          false,
          "Public announcements of the regency's agencies.");

  /** A notification to a citizen (key: the notification id). */
  public static final EventCatalog.Topic NOTIFICATION =
      new EventCatalog.Topic(
          "communication",
          "notification",
          1,
          3,
          false,
          "Deliveries of notifications to citizens, by channel: ids and channel only.");

  /** Adds the topics, then the event types. */
  @Override
  public void register(EventCatalog.Builder catalog) {
    catalog
        .topic(COMPLAINT)
        .topic(ANNOUNCEMENT)
        .topic(NOTIFICATION)
        .type(ComplaintFiled.class, COMPLAINT, "A complaint was filed and got its ticket code.")
        .type(
            ComplaintDispositioned.class,
            COMPLAINT,
            "An operator verified a complaint and dispositioned it to the responsible agency.")
        .type(ComplaintAnswered.class, COMPLAINT, "The agency answered a complaint.")
        .type(
            ComplaintClosed.class,
            COMPLAINT,
            "A complaint was closed, with its resolution and the reporter's rating if given.")
        .type(
            ComplaintSlaBreached.class,
            COMPLAINT,
            "A complaint ran past the SLA of its stage (once per stage).")
        .type(
            AnnouncementPublished.class,
            ANNOUNCEMENT,
            "An agency's announcement was published (after moderation).")
        .type(
            NotificationDelivered.class,
            NOTIFICATION,
            "A notification reached a channel (in-app, email, SMS/WhatsApp).")
        .type(
            NotificationFailed.class,
            NOTIFICATION,
            "A notification could not be delivered on a channel after its retries.");
  }
}
