package id.go.okikab.contracts;

/**
 * One context's part of the platform catalog: its topics and event types. Each context has one
 * implementation beside its records ({@code id.go.okikab.contracts.<context>.<Context>Events}),
 * listed in {@code META-INF/services/id.go.okikab.contracts.ContextEvents}; {@link PlatformEvents}
 * finds them there, so adding a context touches its own package and that list only.
 */
public interface ContextEvents {

  /** The context's name, the first part of its topics ({@code civil-registry}). */
  String context();

  /** Adds the context's topics, then its event types. */
  void register(EventCatalog.Builder catalog);
}
