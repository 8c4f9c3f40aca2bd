package id.go.okikab.health.service;

import id.go.okikab.health.domain.VaccineDose;
import id.go.okikab.health.repository.VaccineDoseRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The national immunisation schedule ({@code vaccine_dose}), read once: it changes only with a
 * migration, i.e. with a new release of the service.
 */
@ApplicationScoped
public class ScheduleCatalog {

  private final VaccineDoseRepository repository;
  private volatile List<VaccineDose> doses;

  public ScheduleCatalog(VaccineDoseRepository repository) {
    this.repository = repository;
  }

  /** Every dose, by recommended age. */
  public List<VaccineDose> all() {
    List<VaccineDose> loaded = doses;
    if (loaded == null) {
      loaded = QuarkusTransaction.joiningExisting().call(() -> List.copyOf(repository.schedule()));
      doses = loaded;
    }
    return loaded;
  }

  /** The doses of one vaccine, by dose number. */
  public List<VaccineDose> series(String vaccine) {
    List<VaccineDose> series = new ArrayList<>();
    for (VaccineDose d : all()) {
      if (d.vaccine.equals(vaccine)) {
        series.add(d);
      }
    }
    series.sort(java.util.Comparator.comparingInt(d -> d.doseNo));
    return series;
  }

  public Optional<VaccineDose> dose(String vaccine, int doseNo) {
    return all().stream().filter(d -> d.vaccine.equals(vaccine) && d.doseNo == doseNo).findFirst();
  }

  /** The vaccines in order of their first dose. */
  public Map<String, List<VaccineDose>> byVaccine() {
    Map<String, List<VaccineDose>> map = new LinkedHashMap<>();
    for (VaccineDose d : all()) {
      map.computeIfAbsent(d.vaccine, v -> series(v));
    }
    return map;
  }
}
