package id.go.okikab.health.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Map;

/** Business settings of the health service ({@code oki.health.*}). */
@ConfigMapping(prefix = "oki.health")
public interface HealthConfig {

  Kspr kspr();

  Immunization immunization();

  Postnatal postnatal();

  /**
   * KSPR (Kartu Skor Poedji Rochjati) weights: a clinical tool, not a regulation (domain.md §2.2),
   * so the puskesmas practice is configuration. A change applies to factors recorded afterwards; a
   * recorded factor keeps its points, so no score ever goes down.
   */
  interface Kspr {
    /** Score every pregnancy starts with. */
    @WithName("base-score")
    @WithDefault("2")
    int baseScore();

    /** Points of a factor not listed in {@link #weights()}. */
    @WithName("default-weight")
    @WithDefault("4")
    int defaultWeight();

    /**
     * Points per factor by {@code RiskFactor} name, e.g. {@code
     * oki.health.kspr.weights.PREVIOUS_CAESAREAN=8}. The defaults (in application.properties) are
     * the card's 8-point factors.
     */
    Map<String, Integer> weights();

    /** Lowest KRT (high risk) score. */
    @WithName("krt-from")
    @WithDefault("6")
    int krtFrom();

    /** Lowest KRST (very high risk) score. */
    @WithName("krst-from")
    @WithDefault("12")
    int krstFrom();
  }

  /** Immunisation. */
  interface Immunization {
    /** Days after the due date from which a dose counts as overdue. */
    @WithName("overdue-grace-days")
    @WithDefault("28")
    int overdueGraceDays();

    /** How often the overdue check runs (Quarkus scheduler syntax, e.g. {@code 1h}). */
    @WithName("overdue-check-every")
    @WithDefault("1h")
    String overdueCheckEvery();

    /** Doses marked overdue per transaction of the check. */
    @WithName("check-batch-size")
    @WithDefault("500")
    int checkBatchSize();
  }

  /** Postnatal and neonatal visits. */
  interface Postnatal {
    /** How often the missed-visit check runs. */
    @WithName("missed-check-every")
    @WithDefault("5m")
    String missedCheckEvery();

    /** Visits marked missed per transaction of the check. */
    @WithName("check-batch-size")
    @WithDefault("500")
    int checkBatchSize();
  }
}
