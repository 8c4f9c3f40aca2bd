package id.go.okikab.permits.api;

import id.go.okikab.permits.domain.zoning.GeoJson;
import id.go.okikab.permits.domain.zoning.ZoneFeature;
import id.go.okikab.permits.domain.zoning.ZoneIndex;
import id.go.okikab.permits.service.ZoneIndexes;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import id.go.okikab.platform.web.problem.ValidationProblem;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.locationtech.jts.geom.Envelope;

/**
 * The published zoning layers by the OGC API – Features Part 1 conventions (landing page,
 * conformance, collections, items with bbox/limit/offset and next/prev links, GeoJSON), public, so
 * that QGIS or a web map adds them directly. A collection is a layer's active version, by its code.
 */
@Path("/api/v1/zoning/ogc")
@PermitAll
@Tag(name = "Zoning (OGC API Features)")
public class OgcFeaturesResource {

  public static final String GEO_JSON = "application/geo+json";
  private static final String BASE = "/api/v1/zoning/ogc";

  private final ZoneIndexes indexes;

  public OgcFeaturesResource(ZoneIndexes indexes) {
    this.indexes = indexes;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Landing page")
  @APIResponse(responseCode = "200", description = "Links to the API, conformance and collections")
  public Map<String, Object> landing(@Context UriInfo uri) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("title", "OKI zoning map (RTRW/RDTR)");
    out.put(
        "description",
        "Zoning layers of Kabupaten Ogan Komering Ilir published by DPMPTSP; demonstration layers"
            + " are marked as such.");
    out.put(
        "links",
        List.of(
            link(uri, BASE, "self", MediaType.APPLICATION_JSON, "this document"),
            link(
                uri,
                "/q/openapi",
                "service-desc",
                "application/vnd.oai.openapi",
                "the API definition"),
            link(
                uri,
                BASE + "/conformance",
                "conformance",
                MediaType.APPLICATION_JSON,
                "conformance classes"),
            link(
                uri,
                BASE + "/collections",
                "data",
                MediaType.APPLICATION_JSON,
                "the zoning layers")));
    return out;
  }

  @GET
  @Path("/conformance")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Conformance classes")
  @APIResponse(responseCode = "200", description = "The classes implemented")
  public Map<String, Object> conformance() {
    return Map.of(
        "conformsTo",
        List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30"));
  }

  @GET
  @Path("/collections")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The published layers")
  @APIResponse(responseCode = "200", description = "Collections")
  public Map<String, Object> collections(@Context UriInfo uri) {
    List<Object> collections = new ArrayList<>();
    for (ZoneIndex index : indexes.active()) {
      collections.add(collection(uri, index));
    }
    return Map.of(
        "links",
        List.of(
            link(uri, BASE + "/collections", "self", MediaType.APPLICATION_JSON, "collections")),
        "collections",
        collections);
  }

  @GET
  @Path("/collections/{collectionId}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One published layer")
  @APIResponse(responseCode = "200", description = "The collection")
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Map<String, Object> collection(
      @Context UriInfo uri, @PathParam("collectionId") String collectionId) {
    return collection(uri, index(collectionId));
  }

  @GET
  @Path("/collections/{collectionId}/items")
  @Produces({GEO_JSON, MediaType.APPLICATION_JSON})
  @Operation(summary = "The zones of a layer as GeoJSON, filtered by bbox, paged by limit/offset")
  @APIResponse(responseCode = "200", description = "A FeatureCollection with next/prev links")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Response items(
      @Context UriInfo uri,
      @PathParam("collectionId") String collectionId,
      @QueryParam("bbox") String bbox,
      @QueryParam("limit")
          @DefaultValue("10")
          @Min(value = 1, message = "must be at least 1")
          @Max(value = 1000, message = "must be at most 1000")
          int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(value = 0, message = "must not be negative")
          int offset) {
    ZoneIndex index = index(collectionId);
    List<ZoneFeature> matched = index.within(envelope(bbox));
    List<ZoneFeature> page =
        matched.subList(Math.min(offset, matched.size()), Math.min(offset + limit, matched.size()));
    String itemsPath = BASE + "/collections/" + collectionId + "/items";
    List<Object> links = new ArrayList<>();
    links.add(link(uri, itemsPath + query(bbox, limit, offset), "self", GEO_JSON, "this page"));
    if (offset + limit < matched.size()) {
      links.add(
          link(uri, itemsPath + query(bbox, limit, offset + limit), "next", GEO_JSON, "next page"));
    }
    if (offset > 0) {
      links.add(
          link(
              uri,
              itemsPath + query(bbox, limit, Math.max(0, offset - limit)),
              "prev",
              GEO_JSON,
              "previous page"));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", "FeatureCollection");
    out.put("numberMatched", matched.size());
    out.put("numberReturned", page.size());
    out.put("features", page.stream().map(f -> feature(index, f)).toList());
    out.put("links", links);
    return Response.ok(out, GEO_JSON).build();
  }

  @GET
  @Path("/collections/{collectionId}/items/{featureId}")
  @Produces({GEO_JSON, MediaType.APPLICATION_JSON})
  @Operation(summary = "One zone as a GeoJSON Feature")
  @APIResponse(responseCode = "200", description = "The feature")
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Response item(
      @Context UriInfo uri,
      @PathParam("collectionId") String collectionId,
      @PathParam("featureId") String featureId) {
    ZoneIndex index = index(collectionId);
    ZoneFeature f =
        index.feature(featureId).orElseThrow(() -> new NotFoundProblem("zone feature", featureId));
    Map<String, Object> out = feature(index, f);
    out.put(
        "links",
        List.of(
            link(
                uri,
                BASE + "/collections/" + collectionId + "/items/" + featureId,
                "self",
                GEO_JSON,
                "this feature"),
            link(
                uri,
                BASE + "/collections/" + collectionId,
                "collection",
                MediaType.APPLICATION_JSON,
                "the layer")));
    return Response.ok(out, GEO_JSON).build();
  }

  private ZoneIndex index(String collectionId) {
    return indexes.active().stream()
        .filter(i -> i.layerCode().equals(collectionId))
        .findFirst()
        .orElseThrow(() -> new NotFoundProblem("collection", collectionId));
  }

  private static Map<String, Object> collection(UriInfo uri, ZoneIndex index) {
    Envelope extent = new Envelope();
    index.features().forEach(f -> extent.expandToInclude(f.geometry().getEnvelopeInternal()));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", index.layerCode());
    out.put("title", index.layerCode() + " v" + index.version());
    out.put("itemType", "feature");
    out.put("crs", List.of("http://www.opengis.net/def/crs/OGC/1.3/CRS84"));
    out.put(
        "extent",
        Map.of(
            "spatial",
            Map.of(
                "bbox",
                List.of(
                    List.of(
                        extent.getMinX(), extent.getMinY(), extent.getMaxX(), extent.getMaxY())),
                "crs",
                "http://www.opengis.net/def/crs/OGC/1.3/CRS84")));
    String path = BASE + "/collections/" + index.layerCode();
    out.put(
        "links",
        List.of(
            link(uri, path, "self", MediaType.APPLICATION_JSON, "this collection"),
            link(uri, path + "/items", "items", GEO_JSON, "the zones")));
    return out;
  }

  private static Map<String, Object> feature(ZoneIndex index, ZoneFeature f) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", "Feature");
    out.put("id", f.featureId());
    out.put("geometry", GeoJson.write(f.geometry()));
    out.put(
        "properties",
        Map.of(
            "zoneCode", f.zoneCode(), "zoneName", f.zoneName(), "layerVersion", index.version()));
    return out;
  }

  private static Envelope envelope(String bbox) {
    if (bbox == null || bbox.isBlank()) {
      return new Envelope(-180, 180, -90, 90);
    }
    String[] parts = bbox.split(",");
    if (parts.length != 4) {
      throw new ValidationProblem("bbox", "must be minLon,minLat,maxLon,maxLat");
    }
    double[] v = new double[4];
    try {
      for (int i = 0; i < 4; i++) {
        v[i] = Double.parseDouble(parts[i].strip());
      }
    } catch (NumberFormatException e) {
      throw new ValidationProblem("bbox", "must be four numbers minLon,minLat,maxLon,maxLat");
    }
    if (v[0] > v[2] || v[1] > v[3]) {
      throw new ValidationProblem("bbox", "min must not exceed max");
    }
    return new Envelope(v[0], v[2], v[1], v[3]);
  }

  private static String query(String bbox, int limit, int offset) {
    return "?limit=" + limit + "&offset=" + offset + (bbox == null ? "" : "&bbox=" + bbox);
  }

  private static Map<String, Object> link(
      UriInfo uri, String path, String rel, String type, String title) {
    String base = uri.getBaseUri().toString();
    String href = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    return Map.of("href", href, "rel", rel, "type", type, "title", title);
  }
}
