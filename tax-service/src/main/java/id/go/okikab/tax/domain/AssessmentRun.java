package id.go.okikab.tax.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The yearly SPPT batch: RUNNING until every active object was either assessed (now or before) or
 * reported as an error; its progress is kept here, so a restarted service resumes it.
 */
@Entity
@Table(name = "assessment_run")
public class AssessmentRun {

  public enum Status {
    RUNNING,
    DONE
  }

  @Id public UUID id;

  @Column(name = "tax_year")
  public int taxYear;

  @Enumerated(EnumType.STRING)
  public Status status;

  public int total;

  public int done;

  public int issued;

  public int errors;

  @Column(name = "started_at")
  public OffsetDateTime startedAt;

  @Column(name = "started_by")
  public String startedBy;

  @Column(name = "finished_at")
  public OffsetDateTime finishedAt;

  @Version public long version;
}
