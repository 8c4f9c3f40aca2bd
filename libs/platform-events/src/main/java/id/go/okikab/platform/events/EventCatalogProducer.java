package id.go.okikab.platform.events;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Makes {@link PlatformEvents#CATALOG} injectable; a test may produce its own catalog. */
@ApplicationScoped
public class EventCatalogProducer {

  @Produces
  @DefaultBean
  @ApplicationScoped
  EventCatalog catalog() {
    return PlatformEvents.CATALOG;
  }
}
