package id.go.okikab.health.repository;

import id.go.okikab.health.domain.Pregnancy;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@link Pregnancy}. */
@ApplicationScoped
public class PregnancyRepository implements PanacheRepositoryBase<Pregnancy, UUID> {}
