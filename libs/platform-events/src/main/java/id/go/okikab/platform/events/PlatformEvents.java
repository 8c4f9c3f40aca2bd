package id.go.okikab.platform.events;

import id.go.okikab.platform.events.civilregistry.CivilRegistryEvents;
import id.go.okikab.platform.events.health.HealthEvents;

/**
 * The platform's event catalog: every topic and event type the services publish. Each context lists
 * its own in {@code id.go.okikab.platform.events.<context>.<Context>Events}; this class only
 * composes them.
 *
 * <p>Adding an event type: write its record beside its context's list (ids, codes and subjectRefs
 * only; {@link Doc} on each field), register it there with a one-line description, then regenerate
 * the documentation ({@code ./mvnw -pl libs/platform-events -am test -Dtest=CatalogDocsTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Doki.docs.update=true}). The build fails while a record
 * implementing {@link DomainEvent} is missing from the catalog or the documents are stale.
 */
public final class PlatformEvents {

  private PlatformEvents() {}

  public static final EventCatalog CATALOG = build();

  private static EventCatalog build() {
    EventCatalog.Builder catalog = EventCatalog.builder();
    CivilRegistryEvents.register(catalog);
    HealthEvents.register(catalog);
    return catalog.build();
  }
}
