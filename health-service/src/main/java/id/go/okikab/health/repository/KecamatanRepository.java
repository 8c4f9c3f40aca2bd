package id.go.okikab.health.repository;

import id.go.okikab.health.domain.Kecamatan;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache access to {@link Kecamatan}. */
@ApplicationScoped
public class KecamatanRepository implements PanacheRepositoryBase<Kecamatan, String> {}
