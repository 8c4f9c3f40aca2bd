package id.go.okikab.health.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A kecamatan of OKI (reference data, Kemendagri code without dots: {@code 160205}). */
@Entity
@Immutable
@Table(name = "kecamatan")
public class Kecamatan {

  @Id public String code;

  public String name;

  @Column(name = "bps_code")
  public String bpsCode;

  public String source;
}
