package id.go.okikab.permits.config;

import id.go.okikab.platform.domain.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The working calendar of the SLA clock: weekends, national holidays and cuti bersama. */
@ApplicationScoped
public class DomainProducers {

  @Produces
  @Singleton
  WorkingCalendar workingCalendar() {
    return WorkingCalendar.indonesia();
  }
}
