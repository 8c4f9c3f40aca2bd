package id.go.okikab.health.config;

import id.go.okikab.health.domain.anc.Kspr;
import id.go.okikab.health.domain.anc.RiskFactor;
import id.go.okikab.health.domain.growth.Anthropometry;
import id.go.okikab.health.domain.growth.GrowthStandards;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;

/**
 * The pure domain components, built once from configuration. The clock and zone are the platform's
 * ({@code PlatformTime} in platform-web).
 */
@ApplicationScoped
public class DomainProducers {

  @Produces
  @Singleton
  Kspr kspr(HealthConfig config) {
    Map<RiskFactor, Integer> weights = new EnumMap<>(RiskFactor.class);
    config
        .kspr()
        .weights()
        .forEach(
            (name, points) -> {
              try {
                weights.put(RiskFactor.valueOf(name), points);
              } catch (IllegalArgumentException e) {
                throw new IllegalStateException(
                    "oki.health.kspr.weights." + name + ": no such risk factor", e);
              }
            });
    return new Kspr(
        config.kspr().baseScore(),
        config.kspr().defaultWeight(),
        weights,
        config.kspr().krtFrom(),
        config.kspr().krstFrom());
  }

  @Produces
  @Singleton
  GrowthStandards growthStandards() {
    return GrowthStandards.load();
  }

  @Produces
  @Singleton
  Anthropometry anthropometry(GrowthStandards standards) {
    return new Anthropometry(standards);
  }
}
