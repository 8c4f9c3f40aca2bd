package id.go.okikab.health.domain;

import id.go.okikab.health.domain.immunization.ScheduledDose;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/** A row of the national immunisation schedule ({@code vaccine_dose}, reference data). */
@Entity
@Immutable
@Table(name = "vaccine_dose")
@IdClass(VaccineDose.Key.class)
public class VaccineDose {

  @Id public String vaccine;

  @Id
  @Column(name = "dose_no")
  public int doseNo;

  public String label;

  @Column(name = "recommended_age_days")
  public int recommendedAgeDays;

  @Column(name = "min_age_days")
  public int minAgeDays;

  @Column(name = "min_interval_days")
  public Integer minIntervalDays;

  @Column(name = "max_age_days")
  public Integer maxAgeDays;

  public boolean basic;

  /** Where the row comes from: the regulation or Kemenkes letter, its year, what it says. */
  public String source;

  public ScheduledDose toScheduled() {
    return new ScheduledDose(
        vaccine, doseNo, label, recommendedAgeDays, minAgeDays, minIntervalDays, maxAgeDays, basic);
  }

  /** Composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    public String vaccine;
    public int doseNo;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(k.vaccine, vaccine) && k.doseNo == doseNo;
    }

    @Override
    public int hashCode() {
      return Objects.hash(vaccine, doseNo);
    }
  }
}
