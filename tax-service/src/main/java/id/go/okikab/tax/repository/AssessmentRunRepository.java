package id.go.okikab.tax.repository;

import id.go.okikab.tax.domain.AssessmentRun;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@link AssessmentRun}. */
@ApplicationScoped
public class AssessmentRunRepository implements PanacheRepositoryBase<AssessmentRun, UUID> {}
