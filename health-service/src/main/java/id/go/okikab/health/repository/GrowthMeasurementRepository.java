package id.go.okikab.health.repository;

import id.go.okikab.health.domain.GrowthMeasurement;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@link GrowthMeasurement}. */
@ApplicationScoped
public class GrowthMeasurementRepository
    implements PanacheRepositoryBase<GrowthMeasurement, UUID> {}
