package id.go.okikab.civilregistry.repository;

import id.go.okikab.civilregistry.domain.Resident;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ResidentRepository implements PanacheRepositoryBase<Resident, UUID> {

  public Optional<Resident> findByNik(String nik) {
    return find("nik", nik).firstResultOptional();
  }

  public Optional<Resident> findBySubjectRef(String subjectRef) {
    return find("subjectRef", subjectRef).firstResultOptional();
  }

  public boolean nikTaken(String nik) {
    return count("nik", nik) > 0;
  }

  /**
   * Residents with the same name key and birth date, and the same mother: the same mother's
   * subjectRef, or the same mother's name, or no mother recorded on either side.
   */
  public List<Resident> possibleDuplicates(
      String nameKey, LocalDate birthDate, String motherRef, String motherNameKey) {
    String base = "nameKey = ?1 and birthDate = ?2 and ";
    if (motherRef != null && motherNameKey != null) {
      return list(
          base + "(motherRef = ?3 or motherNameKey = ?4)",
          nameKey,
          birthDate,
          motherRef,
          motherNameKey);
    }
    if (motherRef != null) {
      return list(base + "motherRef = ?3", nameKey, birthDate, motherRef);
    }
    if (motherNameKey != null) {
      return list(base + "motherNameKey = ?3", nameKey, birthDate, motherNameKey);
    }
    return list(base + "motherRef is null and motherNameKey is null", nameKey, birthDate);
  }

  /** The residents with these ids, by id. */
  public Map<UUID, Resident> byIds(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return list("id in ?1", ids).stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
  }
}
