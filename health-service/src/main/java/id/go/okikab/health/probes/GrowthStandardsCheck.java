package id.go.okikab.health.probes;

import id.go.okikab.health.domain.growth.GrowthStandards;
import id.go.okikab.platform.domain.Sex;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: the WHO growth tables are loaded (z-scores cannot be computed without them). Checks a
 * known row (boys, day 0, weight-for-age median 3.3464 kg).
 */
@Readiness
@ApplicationScoped
public class GrowthStandardsCheck implements HealthCheck {

  private final GrowthStandards standards;

  public GrowthStandardsCheck(GrowthStandards standards) {
    this.standards = standards;
  }

  @Override
  public HealthCheckResponse call() {
    boolean loaded =
        standards.weightForAge(Sex.MALE, 0).map(lms -> lms.m() == 3.3464).orElse(false);
    return HealthCheckResponse.named("who-growth-standards").status(loaded).build();
  }
}
