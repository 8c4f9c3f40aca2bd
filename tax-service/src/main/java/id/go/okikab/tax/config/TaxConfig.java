package id.go.okikab.tax.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** Business settings of the tax service ({@code oki.tax.*}). */
@ConfigMapping(prefix = "oki.tax")
public interface TaxConfig {

  /**
   * The NPWPD pattern (OKI's format is UNCONFIRMED, domain.md §3.5): {@code {K}} P or B, {@code
   * {serial}} a 7-digit serial, {@code {kec}} the 2-digit Kemendagri kecamatan part, {@code {desa}}
   * the 4-digit desa part. The result is at most 30 characters.
   */
  @WithName("npwpd.pattern")
  @WithDefault("{K}.1.{serial}.{kec}.{desa}")
  String npwpdPattern();

  /** How long a tax clearance is valid. */
  @WithName("clearance.valid-for")
  @WithDefault("P90D")
  Duration clearanceValidFor();

  /** How often the overdue sweep runs (the first run shortly after start). */
  @WithName("overdue.check-every")
  @WithDefault("1h")
  String overdueCheckEvery();

  /** How long after start the overdue sweep first runs. */
  @WithName("overdue.first-after")
  @WithDefault("20s")
  String overdueFirstAfter();

  /** How often the SPPT batch's worker looks for running batches (also after a restart). */
  @WithName("assessment-runs.poll-every")
  @WithDefault("2s")
  String assessmentPollEvery();

  /** Objects' taxpayers per transaction of the SPPT batch. */
  @WithName("assessment-runs.batch-size")
  @WithDefault("200")
  int assessmentBatchSize();
}
