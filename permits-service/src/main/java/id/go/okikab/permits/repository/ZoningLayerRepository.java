package id.go.okikab.permits.repository;

import id.go.okikab.permits.domain.ZoningLayer;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@link ZoningLayer}. */
@ApplicationScoped
public class ZoningLayerRepository implements PanacheRepositoryBase<ZoningLayer, UUID> {}
