package id.go.okikab.health.repository;

import id.go.okikab.health.domain.HealthFacility;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache access to {@link HealthFacility}. */
@ApplicationScoped
public class FacilityRepository implements PanacheRepositoryBase<HealthFacility, String> {}
