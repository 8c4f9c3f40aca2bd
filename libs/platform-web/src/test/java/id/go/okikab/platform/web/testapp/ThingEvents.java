package id.go.okikab.platform.web.testapp;

import id.go.okikab.contracts.DomainEvent;
import id.go.okikab.contracts.EventCatalog;
import id.go.okikab.contracts.PlatformEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The test application's event, on a test topic added to the platform catalog. */
@ApplicationScoped
public class ThingEvents {

  public static final EventCatalog.Topic THINGS =
      new EventCatalog.Topic("webtest", "thing", 1, 1, false, "test things");

  /** A thing was created; its owner appears only as a subject reference. */
  public record ThingCreated(String thingId, String ownerRef) implements DomainEvent {
    @Override
    public String aggregateId() {
      return thingId;
    }
  }

  @Produces
  @ApplicationScoped
  EventCatalog catalog() {
    return PlatformEvents.CATALOG.toBuilder()
        .topic(THINGS)
        .type(ThingCreated.class, THINGS, "a thing was created")
        .build();
  }
}
