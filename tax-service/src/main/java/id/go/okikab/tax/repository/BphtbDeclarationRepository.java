package id.go.okikab.tax.repository;

import id.go.okikab.tax.domain.BphtbDeclaration;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@link BphtbDeclaration}. */
@ApplicationScoped
public class BphtbDeclarationRepository implements PanacheRepositoryBase<BphtbDeclaration, UUID> {}
