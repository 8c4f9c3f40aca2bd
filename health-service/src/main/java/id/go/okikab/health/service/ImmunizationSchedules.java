package id.go.okikab.health.service;

import id.go.okikab.health.config.HealthConfig;
import id.go.okikab.health.domain.Child;
import id.go.okikab.health.domain.Immunization;
import id.go.okikab.health.domain.VaccineDose;
import id.go.okikab.health.domain.immunization.BasicImmunization;
import id.go.okikab.health.domain.immunization.DoseRules;
import id.go.okikab.health.repository.ImmunizationRepository;
import id.go.okikab.health.service.ChildViews.BasicImmunizationView;
import id.go.okikab.health.service.ChildViews.DoseView;
import id.go.okikab.health.service.ChildViews.ImmunizationScheduleView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A child's immunisation schedule, generated from the national schedule (as data, {@link
 * ScheduleCatalog}), and what it says: each dose's dates and status, the next vaccines, "Imunisasi
 * Dasar Lengkap". No access check and no audit here: the use cases that call it do both.
 */
@ApplicationScoped
public class ImmunizationSchedules {

  private final ImmunizationRepository doses;
  private final ScheduleCatalog schedule;
  private final HealthConfig config;
  private final Clock clock;

  public ImmunizationSchedules(
      ImmunizationRepository doses, ScheduleCatalog schedule, HealthConfig config, Clock clock) {
    this.doses = doses;
    this.schedule = schedule;
    this.config = config;
    this.clock = clock;
  }

  /**
   * Adds the doses of the national schedule that the child's schedule lacks (all of them for a new
   * child; new vaccines of the program for an older record). Dates of doses already there are kept.
   *
   * @return how many doses were added
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int ensureSchedule(Child child) {
    List<Immunization> existing = new ArrayList<>(doses.list("childId", child.id));
    Set<String> have = new HashSet<>();
    Map<String, LocalDate> given = new HashMap<>();
    for (Immunization i : existing) {
      have.add(i.vaccine + "#" + i.doseNo);
      if (i.givenOn != null) {
        given.put(i.vaccine + "#" + i.doseNo, i.givenOn);
      }
    }
    int added = 0;
    for (VaccineDose d : schedule.all()) {
      if (have.contains(d.vaccine + "#" + d.doseNo)) {
        continue;
      }
      LocalDate previous = d.doseNo > 1 ? given.get(d.vaccine + "#" + (d.doseNo - 1)) : null;
      Immunization scheduled =
          Immunization.scheduled(
              child.id,
              d.vaccine,
              d.doseNo,
              DoseRules.dates(child.birthDate, d.toScheduled(), previous, graceDays()));
      doses.persist(scheduled);
      existing.add(scheduled);
      added++;
    }
    child.updateNextDue(existing);
    return added;
  }

  /** The child's schedule with the IDL status. */
  @Transactional(Transactional.TxType.MANDATORY)
  public ImmunizationScheduleView scheduleOf(Child child) {
    LocalDate today = LocalDate.now(clock);
    List<Immunization> rows =
        doses.list("childId", Sort.by("dueDate").and("vaccine").and("doseNo"), child.id);
    List<DoseView> views = new ArrayList<>();
    for (Immunization i : sortedBySchedule(rows)) {
      schedule.dose(i.vaccine, i.doseNo).ifPresent(d -> views.add(DoseView.of(i, d, today)));
    }
    return new ImmunizationScheduleView(child.id, basic(child, rows, today), views);
  }

  /** The doses to give next: due and overdue ones, else the soonest upcoming ones. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<DoseView> nextVaccines(Child child) {
    ImmunizationScheduleView view = scheduleOf(child);
    List<DoseView> now =
        view.doses().stream()
            .filter(
                d -> d.status() == DoseRules.Status.DUE || d.status() == DoseRules.Status.OVERDUE)
            .toList();
    if (!now.isEmpty() || !child.isActive()) {
      return child.isActive() ? now : List.of();
    }
    LocalDate soonest =
        view.doses().stream()
            .filter(d -> d.status() == DoseRules.Status.UPCOMING)
            .map(DoseView::dueDate)
            .min(Comparator.naturalOrder())
            .orElse(null);
    if (soonest == null) {
      return List.of();
    }
    return view.doses().stream()
        .filter(d -> d.status() == DoseRules.Status.UPCOMING && soonest.equals(d.dueDate()))
        .toList();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public BasicImmunizationView basicOf(Child child) {
    return basic(child, doses.list("childId", child.id), LocalDate.now(clock));
  }

  /** "Imunisasi Dasar Lengkap" of these doses on {@code today}. */
  BasicImmunizationView basic(Child child, List<Immunization> rows, LocalDate today) {
    List<BasicImmunization.BasicDose> basicDoses = new ArrayList<>();
    for (VaccineDose d : schedule.all()) {
      if (!d.basic) {
        continue;
      }
      LocalDate given =
          rows.stream()
              .filter(i -> i.vaccine.equals(d.vaccine) && i.doseNo == d.doseNo)
              .findFirst()
              .map(i -> i.givenOn)
              .orElse(null);
      basicDoses.add(new BasicImmunization.BasicDose(d.vaccine, d.doseNo, given));
    }
    return BasicImmunizationView.of(BasicImmunization.of(child.birthDate, basicDoses, today));
  }

  /** Days after the due date from which a dose counts as overdue. */
  int graceDays() {
    return config.immunization().overdueGraceDays();
  }

  private List<Immunization> sortedBySchedule(List<Immunization> rows) {
    Map<String, Integer> order = new HashMap<>();
    List<VaccineDose> all = schedule.all();
    for (int i = 0; i < all.size(); i++) {
      order.put(all.get(i).vaccine + "#" + all.get(i).doseNo, i);
    }
    List<Immunization> sorted = new ArrayList<>(rows);
    sorted.sort(
        Comparator.comparingInt(
            i -> order.getOrDefault(i.vaccine + "#" + i.doseNo, Integer.MAX_VALUE)));
    return sorted;
  }
}
