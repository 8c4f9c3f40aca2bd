package id.go.okikab.permits.domain.zoning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * The checks a zoning layer passes before it is stored: every feature a valid polygon (no
 * self-intersection), inside OKI's bounding box, with a unique id, and no two features of the layer
 * overlapping (their interiors intersect; sharing a border is fine). Each finding names the
 * feature(s) at fault.
 */
public final class LayerCheck {

  /** OKI lies roughly within 104.3°–106.0° E and 2.5°–4.2° S (domain.md §8, a sanity bound). */
  public static final Envelope OKI_BOUNDS = new Envelope(104.3, 106.0, -4.2, -2.5);

  /** A problem with one feature (or a pair). */
  public record Finding(String field, String message) {}

  private LayerCheck() {}

  /**
   * @param fieldPrefix how a feature is named in findings, e.g. {@code features}
   * @return the findings, empty when the layer is acceptable
   */
  public static List<Finding> check(List<ZoneFeature> features, String fieldPrefix) {
    List<Finding> findings = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    STRtree index = new STRtree();
    for (int i = 0; i < features.size(); i++) {
      ZoneFeature f = features.get(i);
      String field = fieldPrefix + "[" + i + "]";
      if (!ids.add(f.featureId())) {
        findings.add(new Finding(field + ".id", "duplicate feature id " + f.featureId()));
      }
      Geometry g = f.geometry();
      String type = g.getGeometryType();
      if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
        findings.add(
            new Finding(field + ".geometry", "feature " + f.featureId() + " is not a polygon"));
        continue;
      }
      TopologyValidationError error = new IsValidOp(g).getValidationError();
      if (error != null) {
        findings.add(
            new Finding(
                field + ".geometry",
                "feature "
                    + f.featureId()
                    + " is not a valid polygon: "
                    + error.getMessage()
                    + " at "
                    + error.getCoordinate()));
        continue;
      }
      if (!OKI_BOUNDS.contains(g.getEnvelopeInternal())) {
        findings.add(
            new Finding(
                field + ".geometry",
                "feature "
                    + f.featureId()
                    + " lies outside OKI's bounding box (104.3..106.0 E, 2.5..4.2 S)"));
        continue;
      }
      index.insert(g.getEnvelopeInternal(), i);
    }
    if (!findings.isEmpty()) {
      return findings;
    }
    Set<String> reported = new TreeSet<>();
    for (int i = 0; i < features.size(); i++) {
      ZoneFeature a = features.get(i);
      for (Object hit : index.query(a.geometry().getEnvelopeInternal())) {
        int j = (Integer) hit;
        if (j <= i) {
          continue;
        }
        ZoneFeature b = features.get(j);
        if (a.geometry().relate(b.geometry(), "2********")) {
          String pair = a.featureId() + " and " + b.featureId();
          if (reported.add(pair)) {
            findings.add(
                new Finding(
                    fieldPrefix + "[" + j + "].geometry",
                    "features " + pair + " overlap (zones of one layer may only share borders)"));
          }
        }
      }
    }
    return findings;
  }
}
