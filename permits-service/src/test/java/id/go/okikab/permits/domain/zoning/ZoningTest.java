package id.go.okikab.permits.domain.zoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** Layer validation, point-in-polygon and polygon overlap at zone borders, the ITBX outcome. */
class ZoningTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A square of side {@code d} degrees with its lower-left corner at (x, y). */
  static Geometry square(double x, double y, double d) {
    return GeoJson.FACTORY.createPolygon(
        new Coordinate[] {
          new Coordinate(x, y),
          new Coordinate(x + d, y),
          new Coordinate(x + d, y + d),
          new Coordinate(x, y + d),
          new Coordinate(x, y)
        });
  }

  static Geometry point(double x, double y) {
    return GeoJson.FACTORY.createPoint(new Coordinate(x, y));
  }

  // two neighbouring zones at Kayuagung sharing the border x = 104.85
  static final List<ZoneFeature> KAYUAGUNG =
      List.of(
          new ZoneFeature("z1", "R-2", "Perumahan kepadatan sedang", square(104.80, -3.40, 0.05)),
          new ZoneFeature("z2", "K-1", "Perdagangan dan jasa", square(104.85, -3.40, 0.05)),
          new ZoneFeature("z3", "PL", "Perlindungan setempat", square(104.80, -3.35, 0.05)));

  static ActivityMatrix matrix() {
    return new ActivityMatrix()
        .add(new ActivityMatrix.Rule("K-1", "56", Itbx.I, null))
        .add(new ActivityMatrix.Rule("R-2", "56101", Itbx.B, "parkir di dalam persil"))
        .add(new ActivityMatrix.Rule("R-2", "56", Itbx.T, "luas lantai usaha maks. 50 m²"))
        .add(new ActivityMatrix.Rule("PL", "56", Itbx.X, null));
  }

  @Test
  void aValidLayerPasses() {
    assertThat(LayerCheck.check(KAYUAGUNG, "features")).isEmpty();
  }

  @Test
  void overlapsAreReportedWithBothFeatureIds() {
    var layer =
        List.of(
            KAYUAGUNG.get(0),
            new ZoneFeature("z9", "K-1", "x", square(104.84, -3.39, 0.02)),
            KAYUAGUNG.get(2));
    var findings = LayerCheck.check(layer, "features");
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).message()).contains("z1 and z9").contains("overlap");
    assertThat(findings.get(0).field()).isEqualTo("features[1].geometry");
  }

  @Test
  void selfIntersectingOutsideAndDuplicatesAreRefused() {
    Geometry bowtie =
        GeoJson.FACTORY.createPolygon(
            new Coordinate[] {
              new Coordinate(104.8, -3.4),
              new Coordinate(104.9, -3.3),
              new Coordinate(104.9, -3.4),
              new Coordinate(104.8, -3.3),
              new Coordinate(104.8, -3.4)
            });
    var findings =
        LayerCheck.check(
            List.of(
                new ZoneFeature("a", "R-2", "x", bowtie),
                new ZoneFeature("b", "R-2", "x", square(110.0, -3.4, 0.1)),
                new ZoneFeature("b", "R-2", "x", square(104.5, -3.0, 0.1))),
            "features");
    assertThat(findings)
        .extracting(LayerCheck.Finding::field)
        .containsExactly("features[0].geometry", "features[1].geometry", "features[2].id");
    assertThat(findings.get(0).message()).contains("a").contains("Self-intersection");
    assertThat(findings.get(1).message()).contains("outside OKI");
  }

  @Test
  void geoJsonIsReadStrictlyAndWrittenBack() throws Exception {
    Geometry g =
        GeoJson.read(
            JSON.readTree(
                "{\"type\":\"Polygon\",\"coordinates\":[[[104.8,-3.4],[104.9,-3.4],[104.9,-3.3],[104.8,-3.4]]]}"));
    assertThat(g.getArea()).isGreaterThan(0);
    assertThat(JSON.valueToTree(GeoJson.write(g)).get("type").asText()).isEqualTo("Polygon");
    assertThatThrownBy(
            () ->
                GeoJson.read(
                    JSON.readTree(
                        "{\"type\":\"Polygon\",\"coordinates\":[[[104.8,-3.4],[104.9,-3.4],[104.9,-3.3],[104.8,-3.3]]]}")))
        .hasMessageContaining("closed");
    assertThatThrownBy(
            () -> GeoJson.read(JSON.readTree("{\"type\":\"Point\",\"coordinates\":[200,-3]}")))
        .hasMessageContaining("WGS84");
    assertThatThrownBy(
            () -> GeoJson.read(JSON.readTree("{\"type\":\"LineString\",\"coordinates\":[]}")))
        .hasMessageContaining("LineString");
  }

  @Test
  void aPointInsideOneZoneTakesItsAnswerAtTheMostSpecificKbliLevel() {
    ZoneIndex index = new ZoneIndex("RDTR-KAYUAGUNG", 1, KAYUAGUNG, matrix());
    var inTrade = index.conformity(point(104.87, -3.38), "56101");
    assertThat(inTrade.outcome()).isEqualTo(ConformityOutcome.CONFORM);
    assertThat(inTrade.zones()).extracting(ZoneIndex.ZoneAnswer::zoneCode).containsExactly("K-1");
    var inHousing = index.conformity(point(104.82, -3.38), "56101");
    assertThat(inHousing.outcome()).isEqualTo(ConformityOutcome.CONFORM_WITH_CONDITIONS);
    assertThat(inHousing.zones().get(0).answer()).isEqualTo(Itbx.B); // 56101 beats 56
    assertThat(index.conformity(point(104.82, -3.38), "56102").zones().get(0).answer())
        .isEqualTo(Itbx.T);
    // not listed in the zone → prohibited there
    assertThat(index.conformity(point(104.87, -3.38), "47111").outcome())
        .isEqualTo(ConformityOutcome.NOT_CONFORM);
    // outside every zone → not conform, no zones
    var outside = index.conformity(point(105.5, -3.0), "56101");
    assertThat(outside.outcome()).isEqualTo(ConformityOutcome.NOT_CONFORM);
    assertThat(outside.zones()).isEmpty();
  }

  @Test
  void aPointOnABorderLiesInBothZonesAndTheStricterAnswerWins() {
    ZoneIndex index = new ZoneIndex("RDTR-KAYUAGUNG", 1, KAYUAGUNG, matrix());
    var onBorder = index.conformity(point(104.85, -3.38), "56101");
    assertThat(onBorder.zones())
        .extracting(ZoneIndex.ZoneAnswer::featureId)
        .containsExactly("z1", "z2");
    assertThat(onBorder.outcome()).isEqualTo(ConformityOutcome.CONFORM_WITH_CONDITIONS);
    // the corner of three zones, one of them protected: not conform
    var corner = index.conformity(point(104.85, -3.35), "56101");
    assertThat(corner.zones())
        .extracting(ZoneIndex.ZoneAnswer::featureId)
        .containsExactly("z1", "z2", "z3");
    assertThat(corner.outcome()).isEqualTo(ConformityOutcome.NOT_CONFORM);
  }

  @Test
  void aPolygonTouchesAZoneOnlyWhenTheirInteriorsIntersect() {
    ZoneIndex index = new ZoneIndex("RDTR-KAYUAGUNG", 1, KAYUAGUNG, matrix());
    // a lot inside the trade zone whose edge lies on the border with housing
    var alongBorder = index.conformity(square(104.85, -3.39, 0.01), "56101");
    assertThat(alongBorder.zones())
        .extracting(ZoneIndex.ZoneAnswer::featureId)
        .containsExactly("z2");
    assertThat(alongBorder.outcome()).isEqualTo(ConformityOutcome.CONFORM);
    // a lot across the border
    var across = index.conformity(square(104.845, -3.39, 0.01), "56101");
    assertThat(across.zones())
        .extracting(ZoneIndex.ZoneAnswer::featureId)
        .containsExactly("z1", "z2");
    assertThat(across.outcome()).isEqualTo(ConformityOutcome.CONFORM_WITH_CONDITIONS);
  }

  @Test
  void theMatrixKnowsAKbliAtAnyLevel() {
    assertThat(matrix().knows("56101")).isTrue();
    assertThat(matrix().knows("56290")).isTrue();
    assertThat(matrix().knows("47111")).isFalse();
  }
}
