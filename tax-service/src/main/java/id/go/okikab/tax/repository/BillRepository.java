package id.go.okikab.tax.repository;

import id.go.okikab.tax.domain.Bill;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@link Bill}. */
@ApplicationScoped
public class BillRepository implements PanacheRepositoryBase<Bill, UUID> {}
