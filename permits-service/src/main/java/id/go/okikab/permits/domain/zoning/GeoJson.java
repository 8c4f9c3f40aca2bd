package id.go.okikab.permits.domain.zoning;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * GeoJSON (RFC 7946) geometries ↔ JTS, for the types the zoning map uses: Point, Polygon and
 * MultiPolygon, longitude/latitude in WGS84 (EPSG:4326, SRID 4326).
 */
public final class GeoJson {

  public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

  private GeoJson() {}

  /** Why a geometry could not be read. */
  public static final class GeometryFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public GeometryFormatException(String message) {
      super(message);
    }
  }

  /**
   * A Point, Polygon or MultiPolygon. Rings must be closed and have at least 4 positions; positions
   * are [longitude, latitude] within the WGS84 ranges.
   */
  public static Geometry read(JsonNode geometry) throws GeometryFormatException {
    if (geometry == null || !geometry.isObject()) {
      throw new GeometryFormatException("must be a GeoJSON geometry object");
    }
    String type = geometry.path("type").asText("");
    JsonNode coordinates = geometry.get("coordinates");
    if (coordinates == null || !coordinates.isArray()) {
      throw new GeometryFormatException("coordinates must be an array");
    }
    return switch (type) {
      case "Point" -> FACTORY.createPoint(position(coordinates));
      case "Polygon" -> polygon(coordinates);
      case "MultiPolygon" -> {
        if (coordinates.isEmpty()) {
          throw new GeometryFormatException("a MultiPolygon needs at least one polygon");
        }
        Polygon[] parts = new Polygon[coordinates.size()];
        for (int i = 0; i < parts.length; i++) {
          parts[i] = polygon(coordinates.get(i));
        }
        yield FACTORY.createMultiPolygon(parts);
      }
      default ->
          throw new GeometryFormatException(
              "type must be Point, Polygon or MultiPolygon, not '" + type + "'");
    };
  }

  private static Polygon polygon(JsonNode rings) throws GeometryFormatException {
    if (!rings.isArray() || rings.isEmpty()) {
      throw new GeometryFormatException("a Polygon needs an outer ring");
    }
    LinearRing shell = ring(rings.get(0));
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.get(i));
    }
    return FACTORY.createPolygon(shell, holes);
  }

  private static LinearRing ring(JsonNode positions) throws GeometryFormatException {
    if (!positions.isArray() || positions.size() < 4) {
      throw new GeometryFormatException("a linear ring needs at least 4 positions");
    }
    Coordinate[] coordinates = new Coordinate[positions.size()];
    for (int i = 0; i < coordinates.length; i++) {
      coordinates[i] = position(positions.get(i));
    }
    if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
      throw new GeometryFormatException("a linear ring must be closed (first = last position)");
    }
    return FACTORY.createLinearRing(coordinates);
  }

  private static Coordinate position(JsonNode position) throws GeometryFormatException {
    if (!position.isArray()
        || position.size() < 2
        || !position.get(0).isNumber()
        || !position.get(1).isNumber()) {
      throw new GeometryFormatException("a position is [longitude, latitude]");
    }
    double lon = position.get(0).asDouble();
    double lat = position.get(1).asDouble();
    if (!Double.isFinite(lon)
        || !Double.isFinite(lat)
        || Math.abs(lon) > 180
        || Math.abs(lat) > 90) {
      throw new GeometryFormatException(
          "positions are WGS84 [longitude, latitude] in degrees (EPSG:4326)");
    }
    return new Coordinate(lon, lat);
  }

  /** The GeoJSON geometry object of {@code geometry} (for Jackson). */
  public static Map<String, Object> write(Geometry geometry) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (geometry instanceof Point p) {
      out.put("type", "Point");
      out.put("coordinates", position(p.getCoordinate()));
    } else if (geometry instanceof Polygon p) {
      out.put("type", "Polygon");
      out.put("coordinates", rings(p));
    } else if (geometry instanceof MultiPolygon mp) {
      out.put("type", "MultiPolygon");
      List<Object> polygons = new ArrayList<>();
      for (int i = 0; i < mp.getNumGeometries(); i++) {
        polygons.add(rings((Polygon) mp.getGeometryN(i)));
      }
      out.put("coordinates", polygons);
    } else {
      throw new IllegalArgumentException("unsupported geometry " + geometry.getGeometryType());
    }
    return out;
  }

  private static List<Object> rings(Polygon polygon) {
    List<Object> rings = new ArrayList<>();
    rings.add(positions(polygon.getExteriorRing().getCoordinates()));
    for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
      rings.add(positions(polygon.getInteriorRingN(i).getCoordinates()));
    }
    return rings;
  }

  private static List<Object> positions(Coordinate[] coordinates) {
    List<Object> out = new ArrayList<>(coordinates.length);
    for (Coordinate c : coordinates) {
      out.add(position(c));
    }
    return out;
  }

  private static List<Double> position(Coordinate c) {
    return List.of(c.x, c.y);
  }
}
