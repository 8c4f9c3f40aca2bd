package id.go.okikab.marketplace.config;

import id.go.okikab.marketplace.domain.MsmeThresholds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The pure domain components, built once from configuration. */
@ApplicationScoped
public class DomainProducers {

  @Produces
  @Singleton
  MsmeThresholds msmeThresholds(MarketplaceConfig config) {
    MarketplaceConfig.Msme m = config.msme();
    return new MsmeThresholds(
        m.mikroMaxCapital(),
        m.kecilMaxCapital(),
        m.menengahMaxCapital(),
        m.mikroMaxTurnover(),
        m.kecilMaxTurnover(),
        m.menengahMaxTurnover());
  }
}
