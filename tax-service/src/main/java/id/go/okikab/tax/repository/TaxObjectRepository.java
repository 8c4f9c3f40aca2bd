package id.go.okikab.tax.repository;

import id.go.okikab.tax.domain.TaxObject;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@link TaxObject}. */
@ApplicationScoped
public class TaxObjectRepository implements PanacheRepositoryBase<TaxObject, UUID> {}
