package id.go.okikab.tax.repository;

import id.go.okikab.tax.domain.TaxClearance;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@link TaxClearance}. */
@ApplicationScoped
public class TaxClearanceRepository implements PanacheRepositoryBase<TaxClearance, UUID> {}
