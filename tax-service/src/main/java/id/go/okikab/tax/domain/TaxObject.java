package id.go.okikab.tax.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A PBB-P2 tax object (land, with or without a building) with its NOP and valuation. */
@Entity
@Table(name = "tax_object")
public class TaxObject {

  @Id public UUID id;

  /** The 18 digits. */
  public String nop;

  @Column(name = "taxpayer_id")
  public UUID taxpayerId;

  @Column(name = "desa_code")
  public String desaCode;

  @Column(name = "land_area")
  public long landArea;

  @Column(name = "land_value_per_m2")
  public long landValuePerM2;

  @Column(name = "building_area")
  public long buildingArea;

  @Column(name = "building_value_per_m2")
  public long buildingValuePerM2;

  @Column(name = "znt_code")
  public String zntCode;

  @Column(name = "dbkb_class")
  public String dbkbClass;

  public Double longitude;

  public Double latitude;

  public boolean active;

  @Column(name = "created_at")
  public OffsetDateTime createdAt;

  @Version public long version;

  public long njop() {
    return PbbCalculation.njop(landArea, landValuePerM2, buildingArea, buildingValuePerM2);
  }
}
