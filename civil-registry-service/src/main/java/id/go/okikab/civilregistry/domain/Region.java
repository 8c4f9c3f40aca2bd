package id.go.okikab.civilregistry.domain;

import id.go.okikab.platform.domain.RegionCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Kemendagri region (reference data loaded by migration; read-only here). */
@Entity
@Table(name = "region")
public class Region {

  /** Desa or kelurahan; kabupaten or kota. */
  public enum Kind {
    KABUPATEN,
    KOTA,
    DESA,
    KELURAHAN
  }

  /** Digits only: 2, 4, 6 or 10. */
  @Id public String code;

  @Enumerated(EnumType.STRING)
  public RegionCode.Level level;

  @Column(name = "parent_code")
  public String parentCode;

  public String name;

  @Enumerated(EnumType.STRING)
  public Kind kind;

  @Column(name = "bps_code")
  public String bpsCode;

  @Column(name = "dataset_id")
  public short datasetId;

  @Column(name = "retired_by")
  public Short retiredBy;

  public boolean isCurrent() {
    return retiredBy == null;
  }
}
