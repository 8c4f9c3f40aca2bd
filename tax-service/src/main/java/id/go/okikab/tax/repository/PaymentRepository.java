package id.go.okikab.tax.repository;

import id.go.okikab.tax.domain.Payment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@link Payment}. */
@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<Payment, UUID> {}
