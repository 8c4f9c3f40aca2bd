package id.go.okikab.health.repository;

import id.go.okikab.health.domain.VaccineDose;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The immunisation schedule (reference data). */
@ApplicationScoped
public class VaccineDoseRepository implements PanacheRepositoryBase<VaccineDose, VaccineDose.Key> {

  /** Every scheduled dose, by recommended age, then vaccine and dose. */
  public List<VaccineDose> schedule() {
    return listAll(Sort.by("recommendedAgeDays").and("vaccine").and("doseNo"));
  }
}
