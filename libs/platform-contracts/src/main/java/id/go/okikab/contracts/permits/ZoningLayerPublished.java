package id.go.okikab.contracts.permits;

import id.go.okikab.contracts.Doc;
import java.time.OffsetDateTime;

/** A version of a zoning layer became the active one for conformity checks. */
public record ZoningLayerPublished(
    @Doc("the layer (aggregate id, record key)") String layerId,
    @Doc("the layer's code (e.g. RDTR-KAYUAGUNG)") String layerCode,
    @Doc("the version now active") int version,
    @Doc("number of zone polygons") int featureCount,
    @Doc("when it was published") OffsetDateTime publishedAt)
    implements ZoningEvent {

  @Override
  public String aggregateId() {
    return layerId;
  }
}
