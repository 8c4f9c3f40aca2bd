package id.go.okikab.health.domain;

import id.go.okikab.health.domain.anc.RiskFactor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A KSPR risk factor of a pregnancy, with the points it had when it was recorded. */
@Entity
@Table(name = "pregnancy_risk_factor")
@IdClass(PregnancyRiskFactor.Key.class)
public class PregnancyRiskFactor {

  @Id
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "pregnancy_id")
  public Pregnancy pregnancy;

  @Id
  @Enumerated(EnumType.STRING)
  public RiskFactor factor;

  public int points;

  @Enumerated(EnumType.STRING)
  public RiskSource source;

  @Column(name = "anc_contact_id")
  public UUID ancContactId;

  @Column(name = "recorded_at")
  public OffsetDateTime recordedAt;

  /** Composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    public UUID pregnancy;
    public RiskFactor factor;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(k.pregnancy, pregnancy) && k.factor == factor;
    }

    @Override
    public int hashCode() {
      return Objects.hash(pregnancy, factor);
    }
  }
}
