package id.go.okikab.health.repository;

import id.go.okikab.health.domain.Immunization;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@link Immunization}. */
@ApplicationScoped
public class ImmunizationRepository implements PanacheRepositoryBase<Immunization, UUID> {}
