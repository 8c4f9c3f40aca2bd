package id.go.okikab.contracts;

import java.util.Comparator;
import java.util.ServiceLoader;

/**
 * The platform's event catalog: every topic and event type the services publish. Each context lists
 * its own in {@code id.go.okikab.contracts.<context>.<Context>Events}, a {@link ContextEvents}
 * found through {@code META-INF/services}; this class only composes them, in the order of their
 * context names.
 *
 * <p>Adding an event type: write its record beside its context's list (ids, codes and subjectRefs
 * only; {@link Doc} on each field), let it implement its aggregate's sealed interface, register it
 * there with a one-line description, then regenerate the documentation ({@code ./mvnw -pl
 * libs/platform-contracts test -Dtest=CatalogDocsTest -Doki.docs.update=true}). The build fails
 * while a record implementing {@link DomainEvent} is missing from the catalog or the documents are
 * stale. Adding a context: a package with its records and its {@code ContextEvents}, one line in
 * {@code META-INF/services/id.go.okikab.contracts.ContextEvents}.
 */
public final class PlatformEvents {

  private PlatformEvents() {}

  public static final EventCatalog CATALOG = build();

  private static EventCatalog build() {
    EventCatalog.Builder catalog = EventCatalog.builder();
    ServiceLoader.load(ContextEvents.class, PlatformEvents.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparing(ContextEvents::context))
        .forEach(context -> context.register(catalog));
    return catalog.build();
  }
}
