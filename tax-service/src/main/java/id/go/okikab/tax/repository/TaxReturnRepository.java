package id.go.okikab.tax.repository;

import id.go.okikab.tax.domain.TaxReturn;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@link TaxReturn}. */
@ApplicationScoped
public class TaxReturnRepository implements PanacheRepositoryBase<TaxReturn, UUID> {}
