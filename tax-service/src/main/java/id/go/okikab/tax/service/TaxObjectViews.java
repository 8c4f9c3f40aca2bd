package id.go.okikab.tax.service;

import id.go.okikab.tax.domain.Nop;
import id.go.okikab.tax.domain.TaxObject;
import java.util.UUID;

/** What the API shows of a tax object. */
public final class TaxObjectViews {

  private TaxObjectViews() {}

  public record TaxObjectView(
      UUID id,
      String nop,
      String nopFormatted,
      UUID taxpayerId,
      String desaCode,
      long landArea,
      long landValuePerM2,
      long buildingArea,
      long buildingValuePerM2,
      long njop,
      String zntCode,
      String dbkbClass,
      Double longitude,
      Double latitude,
      boolean active) {

    public static TaxObjectView of(TaxObject o) {
      return new TaxObjectView(
          o.id,
          o.nop,
          new Nop(o.nop).formatted(),
          o.taxpayerId,
          o.desaCode,
          o.landArea,
          o.landValuePerM2,
          o.buildingArea,
          o.buildingValuePerM2,
          o.njop(),
          o.zntCode,
          o.dbkbClass,
          o.longitude,
          o.latitude,
          o.active);
    }
  }
}
