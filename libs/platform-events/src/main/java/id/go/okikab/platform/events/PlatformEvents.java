package id.go.okikab.platform.events;

/**
 * The platform's event catalog: every topic and event type the services publish.
 *
 * <p>Adding an event type: write its record under {@code id.go.okikab.platform.events.<context>}
 * (ids, codes and subjectRefs only), add it here with a one-line description, then regenerate the
 * documentation ({@code ./mvnw -pl libs/platform-events test -Doki.docs.update=true}). The build
 * fails while a record implementing {@link DomainEvent} is missing here or the documents are stale.
 *
 * <p>Topics and types are added by the issue that builds each service; a topic's name never changes
 * within its version.
 */
public final class PlatformEvents {

  private PlatformEvents() {}

  public static final EventCatalog CATALOG = EventCatalog.builder().build();
}
