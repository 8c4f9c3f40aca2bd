package id.go.okikab.platform.web.time;

import io.quarkus.arc.DefaultBean;
import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;

/**
 * The platform's clock and zone, one for every service: the regency's local time is WIB ({@code
 * oki.zone}, default {@code Asia/Jakarta}), whatever the JVM's default zone. Inject {@link Clock}
 * for "now" and "today" (a test may produce its own clock: these are default beans) and {@link
 * ZoneId} to turn an instant into a local date or month.
 *
 * <p>Bean Validation reads "now" ({@code @PastOrPresent} dates of birth, of a visit) in the same
 * zone: a birth at 05:00 WIB is not "in the future" while it is still yesterday in UTC.
 */
@ApplicationScoped
public class PlatformTime implements ValidatorFactoryCustomizer {

  /** The regency's zone: Western Indonesian Time (WIB, UTC+7). */
  public static final String DEFAULT_ZONE = "Asia/Jakarta";

  private final ZoneId zone;

  PlatformTime(@ConfigProperty(name = "oki.zone", defaultValue = DEFAULT_ZONE) String zone) {
    this.zone = ZoneId.of(zone);
  }

  @Produces
  @DefaultBean
  @Singleton
  ZoneId zone() {
    return zone;
  }

  @Produces
  @DefaultBean
  @Singleton
  Clock clock() {
    return Clock.system(zone);
  }

  @Override
  public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
    // the validator is built before the services' beans: the platform zone's system clock
    Clock validationClock = Clock.system(zone);
    configuration.clockProvider(() -> validationClock);
  }
}
