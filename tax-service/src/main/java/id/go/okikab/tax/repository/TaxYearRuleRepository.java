package id.go.okikab.tax.repository;

import id.go.okikab.tax.domain.TaxYearRule;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache access to {@link TaxYearRule}. */
@ApplicationScoped
public class TaxYearRuleRepository implements PanacheRepositoryBase<TaxYearRule, Integer> {}
