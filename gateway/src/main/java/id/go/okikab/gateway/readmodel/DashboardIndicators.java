package id.go.okikab.gateway.readmodel;

import id.go.okikab.gateway.service.DashboardQueries.Rate;
import java.util.Map;

/**
 * A context's indicators on the regency dashboard (shares computed at read time from its metrics or
 * its own read-model tables). Every implementation (a CDI bean, usually the context's {@code
 * figures/<Context>Figures}) adds its own entries; a new service adds its class, nothing shared.
 */
public interface DashboardIndicators {

  void indicators(DashboardSelection selection, Map<String, Rate> indicators);
}
