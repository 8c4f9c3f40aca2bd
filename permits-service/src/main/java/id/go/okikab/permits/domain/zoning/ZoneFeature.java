package id.go.okikab.permits.domain.zoning;

import org.locationtech.jts.geom.Geometry;

/** One zone polygon of a layer version: its feature id, zone code and name, and geometry. */
public record ZoneFeature(String featureId, String zoneCode, String zoneName, Geometry geometry) {}
