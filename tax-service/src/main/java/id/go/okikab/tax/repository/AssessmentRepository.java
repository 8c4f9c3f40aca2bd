package id.go.okikab.tax.repository;

import id.go.okikab.tax.domain.Assessment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@link Assessment}. */
@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {}
