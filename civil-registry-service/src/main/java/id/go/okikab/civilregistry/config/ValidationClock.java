package id.go.okikab.civilregistry.config;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;

/**
 * Bean Validation's "today" ({@code @PastOrPresent} dates of birth and death) is today in WIB, the
 * registry's zone, whatever the JVM's default zone: a birth at 05:00 WIB is not "in the future"
 * while it is still yesterday in UTC.
 */
@ApplicationScoped
public class ValidationClock implements ValidatorFactoryCustomizer {

  private final Clock clock;

  public ValidationClock(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
    configuration.clockProvider(() -> clock);
  }
}
