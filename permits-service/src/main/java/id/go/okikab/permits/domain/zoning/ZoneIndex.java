package id.go.okikab.permits.domain.zoning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * One published layer version in memory: its zones in an STRtree (prepared geometries) and its
 * activity matrix, answering the KKPR conformity of a location and a KBLI.
 *
 * <p>A point on the border of two zones lies in both (it is covered by both), so the stricter
 * answer applies; a polygon touches a zone when their interiors intersect, not when they only share
 * a border.
 */
public final class ZoneIndex {

  /** A zone the location touches, with the matrix answer there. */
  public record ZoneAnswer(
      String featureId, String zoneCode, String zoneName, Itbx answer, String conditions) {}

  /** The answer for a location and KBLI in this layer version. */
  public record Result(
      String layerCode, int version, List<ZoneAnswer> zones, ConformityOutcome outcome) {}

  private record Entry(ZoneFeature feature, PreparedGeometry prepared) {}

  private final String layerCode;
  private final int version;
  private final ActivityMatrix matrix;
  private final STRtree tree = new STRtree();
  private final List<ZoneFeature> features;

  public ZoneIndex(
      String layerCode, int version, List<ZoneFeature> features, ActivityMatrix matrix) {
    this.layerCode = layerCode;
    this.version = version;
    this.matrix = matrix;
    this.features = List.copyOf(features);
    for (ZoneFeature f : features) {
      tree.insert(
          f.geometry().getEnvelopeInternal(),
          new Entry(f, PreparedGeometryFactory.prepare(f.geometry())));
    }
    tree.build();
  }

  public String layerCode() {
    return layerCode;
  }

  public int version() {
    return version;
  }

  public ActivityMatrix matrix() {
    return matrix;
  }

  public List<ZoneFeature> features() {
    return features;
  }

  /** The features whose envelope intersects {@code bbox}, in feature-id order. */
  public List<ZoneFeature> within(Envelope bbox) {
    List<ZoneFeature> out = new ArrayList<>();
    for (Object o : tree.query(bbox)) {
      ZoneFeature f = ((Entry) o).feature();
      if (f.geometry().getEnvelopeInternal().intersects(bbox)) {
        out.add(f);
      }
    }
    out.sort(Comparator.comparing(ZoneFeature::featureId));
    return out;
  }

  public Optional<ZoneFeature> feature(String featureId) {
    return features.stream().filter(f -> f.featureId().equals(featureId)).findFirst();
  }

  /** The zones {@code location} touches, in feature-id order. */
  public List<ZoneFeature> touched(Geometry location) {
    boolean point = location.getDimension() == 0;
    List<ZoneFeature> out = new ArrayList<>();
    for (Object o : tree.query(location.getEnvelopeInternal())) {
      Entry e = (Entry) o;
      boolean touches =
          point
              ? e.prepared().covers(location)
              : e.prepared().intersects(location)
                  && e.feature().geometry().relate(location, "2********");
      if (touches) {
        out.add(e.feature());
      }
    }
    out.sort(Comparator.comparing(ZoneFeature::featureId));
    return out;
  }

  /** The conformity of {@code kbli} at {@code location}; no zone touched → not conform. */
  public Result conformity(Geometry location, String kbli) {
    List<ZoneAnswer> answers = new ArrayList<>();
    Itbx strictest = Itbx.I;
    for (ZoneFeature f : touched(location)) {
      Optional<ActivityMatrix.Rule> rule = matrix.lookup(f.zoneCode(), kbli);
      Itbx answer = rule.map(ActivityMatrix.Rule::answer).orElse(Itbx.X);
      String conditions =
          rule.map(ActivityMatrix.Rule::conditions)
              .orElse(rule.isPresent() ? null : "activity not listed for this zone");
      answers.add(new ZoneAnswer(f.featureId(), f.zoneCode(), f.zoneName(), answer, conditions));
      strictest = strictest.stricter(answer);
    }
    ConformityOutcome outcome =
        answers.isEmpty() ? ConformityOutcome.NOT_CONFORM : ConformityOutcome.of(strictest);
    return new Result(layerCode, version, answers, outcome);
  }
}
