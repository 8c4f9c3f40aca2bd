package id.go.okikab.civilregistry.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The clock the registry reads "now" and "today" from, in the configured zone (WIB). */
@ApplicationScoped
public class Clocks {

  @Produces
  @ApplicationScoped
  Clock clock(CivilRegistryConfig config) {
    return Clock.system(config.zone());
  }
}
