package id.go.okikab.platform.events;

import id.go.okikab.contracts.EventCatalog;
import id.go.okikab.contracts.PlatformEvents;
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
