package id.go.okikab.tax.repository;

import id.go.okikab.tax.domain.Taxpayer;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@link Taxpayer}. */
@ApplicationScoped
public class TaxpayerRepository implements PanacheRepositoryBase<Taxpayer, UUID> {}
