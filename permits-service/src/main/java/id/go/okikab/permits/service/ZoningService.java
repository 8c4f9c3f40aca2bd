package id.go.okikab.permits.service;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.okikab.permits.domain.ZoningLayer;
import id.go.okikab.permits.domain.zoning.ConformityOutcome;
import id.go.okikab.permits.domain.zoning.GeoJson;
import id.go.okikab.permits.domain.zoning.Itbx;
import id.go.okikab.permits.domain.zoning.LayerCheck;
import id.go.okikab.permits.domain.zoning.ZoneFeature;
import id.go.okikab.permits.domain.zoning.ZoneIndex;
import id.go.okikab.permits.repository.ZoningLayerRepository;
import id.go.okikab.permits.service.ZoningCommands.ConformityCheck;
import id.go.okikab.permits.service.ZoningCommands.CreateLayer;
import id.go.okikab.permits.service.ZoningCommands.MatrixRow;
import id.go.okikab.permits.service.ZoningCommands.UploadVersion;
import id.go.okikab.platform.events.outbox.Outbox;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.paging.Pages;
import id.go.okikab.platform.web.precondition.Preconditions;
import id.go.okikab.platform.web.problem.ConflictProblem;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import id.go.okikab.platform.web.problem.FieldError;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import id.go.okikab.platform.web.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * The zoning map: layers uploaded as GeoJSON and checked ({@link LayerCheck}), stored per version
 * (geometry as WKB), published one version at a time ({@code ZoningLayerPublished}); the KKPR
 * conformity check against every published layer.
 */
@ApplicationScoped
public class ZoningService {

  /** The problem type of a layer that fails its checks (each finding names its feature). */
  public static final String LAYER_INVALID = "zoning-layer-invalid";

  private final ZoningLayerRepository layers;
  private final ZoneIndexes indexes;
  private final EntityManager em;
  private final Outbox outbox;
  private final Clock clock;

  public ZoningService(
      ZoningLayerRepository layers,
      ZoneIndexes indexes,
      EntityManager em,
      Outbox outbox,
      Clock clock) {
    this.layers = layers;
    this.indexes = indexes;
    this.em = em;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** A layer and its versions. */
  public record LayerView(
      String id,
      String code,
      String name,
      String planKind,
      boolean demonstration,
      int latestVersion,
      Integer activeVersion,
      List<VersionView> versions) {}

  /** One uploaded version. */
  public record VersionView(
      int version, int featureCount, OffsetDateTime uploadedAt, OffsetDateTime publishedAt) {}

  /** A zone touched by a location. */
  public record ZoneHit(
      String layerCode,
      int layerVersion,
      String featureId,
      String zoneCode,
      String zoneName,
      Itbx answer,
      String conditions) {}

  /** The answer of a KKPR conformity check. */
  public record ConformityView(
      String kbli,
      ConformityOutcome outcome,
      List<String> layers,
      List<ZoneHit> zones,
      List<String> conditions,
      OffsetDateTime checkedAt) {}

  @Transactional
  public Page<LayerView> list(PageRequest paging) {
    return Pages.of(layers.findAll(Sort.by("code")), paging, this::view);
  }

  @Transactional
  public Versioned<LayerView> get(UUID id) {
    ZoningLayer layer = find(id);
    return new Versioned<>(view(layer), layer.version);
  }

  /**
   * @throws ConflictProblem when the code exists
   * @throws ProblemException 422 {@value #LAYER_INVALID} with a finding per feature
   */
  @Transactional
  public Versioned<LayerView> create(CreateLayer request, String actor) {
    List<ZoneFeature> features = features(request.features());
    checkMatrix(features, request.matrix());
    if (layers.find("code", request.code()).firstResultOptional().isPresent()) {
      throw new ConflictProblem("A zoning layer with code " + request.code() + " exists.");
    }
    ZoningLayer layer =
        ZoningLayer.create(
            request.code(),
            request.name(),
            request.planKind(),
            request.demonstration(),
            OffsetDateTime.now(clock));
    layers.persist(layer);
    layers.flush();
    store(layer, 1, features, request.matrix(), actor);
    return new Versioned<>(view(layer), layer.version);
  }

  /** A new version (not active until published). */
  @Transactional
  public Versioned<LayerView> upload(UUID id, String ifMatch, UploadVersion request, String actor) {
    ZoningLayer layer = find(id);
    Preconditions.requireIfMatch(ifMatch, layer.version);
    List<ZoneFeature> features = features(request.features());
    checkMatrix(features, request.matrix());
    int number = layer.nextVersion();
    layers.flush();
    store(layer, number, features, request.matrix(), actor);
    return new Versioned<>(view(layer), layer.version);
  }

  /** Makes a version the active one and publishes {@code ZoningLayerPublished}. */
  @Transactional
  public Versioned<LayerView> publish(UUID id, int number, String ifMatch) {
    ZoningLayer layer = find(id);
    Preconditions.requireIfMatch(ifMatch, layer.version);
    int count =
        ((Number)
                em.createNativeQuery(
                        "SELECT count(*) FROM zoning_feature WHERE layer_id = ?1 AND version = ?2")
                    .setParameter(1, id)
                    .setParameter(2, number)
                    .getSingleResult())
            .intValue();
    OffsetDateTime now = OffsetDateTime.now(clock);
    outbox.publish(layer.publish(number, count, now));
    em.createNativeQuery(
            "UPDATE zoning_layer_version SET published_at = ?3 WHERE layer_id = ?1 AND version = ?2")
        .setParameter(1, id)
        .setParameter(2, number)
        .setParameter(3, now)
        .executeUpdate();
    layers.flush();
    return new Versioned<>(view(layer), layer.version);
  }

  /**
   * The KKPR conformity of a location (Point or Polygon) and a KBLI against every published layer.
   *
   * @throws DomainRuleViolation {@code location-invalid} / {@code location-outside-oki} (location),
   *     {@code kbli-unknown} (kbli), {@code zoning-map-unavailable} when no layer is published
   */
  public ConformityView conformity(ConformityCheck request) {
    Geometry location = location(request.location(), "location");
    return conformity(location, request.kbli(), "kbli");
  }

  /** The same for a stored location, with the field named on failure. */
  public ConformityView conformity(Geometry location, String kbli, String kbliField) {
    List<ZoneIndex> active = indexes.active();
    if (active.isEmpty()) {
      throw new DomainRuleViolation(
          "zoning-map-unavailable", "No zoning layer is published yet; KKPR cannot be checked.");
    }
    if (active.stream().noneMatch(i -> i.matrix().knows(kbli))) {
      throw new DomainRuleViolation(
          "kbli-unknown",
          "KBLI " + kbli + " is not in the activity matrix of any published zoning layer.",
          kbliField);
    }
    List<ZoneHit> hits = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Set<String> conditions = new LinkedHashSet<>();
    Itbx strictest = Itbx.I;
    for (ZoneIndex index : active) {
      names.add(index.layerCode() + "@v" + index.version());
      ZoneIndex.Result result = index.conformity(location, kbli);
      for (ZoneIndex.ZoneAnswer z : result.zones()) {
        hits.add(
            new ZoneHit(
                index.layerCode(),
                index.version(),
                z.featureId(),
                z.zoneCode(),
                z.zoneName(),
                z.answer(),
                z.conditions()));
        strictest = strictest.stricter(z.answer());
        if ((z.answer() == Itbx.T || z.answer() == Itbx.B) && z.conditions() != null) {
          conditions.add(z.zoneCode() + ": " + z.conditions());
        }
      }
    }
    ConformityOutcome outcome =
        hits.isEmpty() ? ConformityOutcome.NOT_CONFORM : ConformityOutcome.of(strictest);
    return new ConformityView(
        kbli, outcome, names, hits, List.copyOf(conditions), OffsetDateTime.now(clock));
  }

  /**
   * A location: a GeoJSON Point or Polygon inside OKI's bounding box, valid.
   *
   * @throws DomainRuleViolation {@code location-invalid} or {@code location-outside-oki}
   */
  public static Geometry location(JsonNode json, String field) {
    Geometry g;
    try {
      g = GeoJson.read(json);
    } catch (GeoJson.GeometryFormatException e) {
      throw new DomainRuleViolation(
          "location-invalid", "The location " + e.getMessage() + ".", field);
    }
    if (g.getDimension() == 2 && !g.isValid()) {
      throw new DomainRuleViolation(
          "location-invalid", "The location polygon is not valid (it intersects itself).", field);
    }
    if (!LayerCheck.OKI_BOUNDS.contains(g.getEnvelopeInternal())) {
      throw new DomainRuleViolation(
          "location-outside-oki",
          "The location lies outside OKI (104.3..106.0 E, 2.5..4.2 S, WGS84 lon/lat).",
          field);
    }
    return g;
  }

  private ZoningLayer find(UUID id) {
    return layers.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("zoning layer", id));
  }

  /** The features of a GeoJSON FeatureCollection; structural faults are 400, geometry ones 422. */
  static List<ZoneFeature> features(JsonNode collection) {
    if (!collection.isObject() || !"FeatureCollection".equals(collection.path("type").asText())) {
      throw new id.go.okikab.platform.web.problem.ValidationProblem(
          "features", "must be a GeoJSON FeatureCollection");
    }
    JsonNode crs = collection.path("crs").path("properties").path("name");
    if (!crs.isMissingNode() && !crs.asText().endsWith("CRS84") && !crs.asText().endsWith("4326")) {
      throw new id.go.okikab.platform.web.problem.ValidationProblem(
          "features.crs", "must be WGS84 (OGC:CRS84 / EPSG:4326)");
    }
    JsonNode list = collection.path("features");
    if (!list.isArray() || list.isEmpty() || list.size() > 20000) {
      throw new id.go.okikab.platform.web.problem.ValidationProblem(
          "features.features", "must be an array of 1 to 20000 features");
    }
    List<ZoneFeature> features = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode f = list.get(i);
      String field = "features[" + i + "]";
      JsonNode props = f.path("properties");
      String id = f.hasNonNull("id") ? f.get("id").asText() : props.path("featureId").asText("");
      String zoneCode = props.path("zoneCode").asText("");
      String zoneName = props.path("zoneName").asText("");
      if (!id.matches("[A-Za-z0-9._-]{1,64}")) {
        errors.add(new FieldError(field + ".id", "must be 1-64 letters, digits, '.', '_' or '-'"));
        continue;
      }
      if (!zoneCode.matches("[A-Z0-9-]{1,16}")) {
        errors.add(new FieldError(field + ".properties.zoneCode", "must be a zone code like R-2"));
        continue;
      }
      if (zoneName.isBlank() || zoneName.length() > 200) {
        errors.add(new FieldError(field + ".properties.zoneName", "must have 1-200 characters"));
        continue;
      }
      try {
        features.add(new ZoneFeature(id, zoneCode, zoneName, GeoJson.read(f.get("geometry"))));
      } catch (GeoJson.GeometryFormatException e) {
        errors.add(new FieldError(field + ".geometry", "feature " + id + ": " + e.getMessage()));
      }
    }
    if (errors.isEmpty()) {
      for (LayerCheck.Finding finding : LayerCheck.check(features, "features")) {
        errors.add(new FieldError(finding.field(), finding.message()));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          422,
          LAYER_INVALID,
          "Zoning layer invalid",
          errors.size() + " feature(s) of the layer failed its checks.",
          errors);
    }
    return features;
  }

  private static void checkMatrix(List<ZoneFeature> features, List<MatrixRow> matrix) {
    Set<String> zones = new HashSet<>();
    features.forEach(f -> zones.add(f.zoneCode()));
    Set<String> cells = new HashSet<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < matrix.size(); i++) {
      MatrixRow row = matrix.get(i);
      if (!zones.contains(row.zoneCode())) {
        errors.add(
            new FieldError(
                "matrix[" + i + "].zoneCode", "zone " + row.zoneCode() + " has no feature"));
      }
      if (!cells.add(row.zoneCode() + "|" + row.activity())) {
        errors.add(new FieldError("matrix[" + i + "]", "duplicate zone and activity"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          422,
          LAYER_INVALID,
          "Zoning layer invalid",
          "The activity matrix is inconsistent.",
          errors);
    }
  }

  private void store(
      ZoningLayer layer,
      int version,
      List<ZoneFeature> features,
      List<MatrixRow> matrix,
      String actor) {
    em.createNativeQuery(
            "INSERT INTO zoning_layer_version (layer_id, version, feature_count, uploaded_at,"
                + " uploaded_by) VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, layer.id)
        .setParameter(2, version)
        .setParameter(3, features.size())
        .setParameter(4, OffsetDateTime.now(clock))
        .setParameter(5, actor)
        .executeUpdate();
    WKBWriter writer = new WKBWriter();
    for (ZoneFeature f : features) {
      var env = f.geometry().getEnvelopeInternal();
      em.createNativeQuery(
              "INSERT INTO zoning_feature (layer_id, version, feature_id, zone_code, zone_name,"
                  + " geometry, min_x, min_y, max_x, max_y) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
                  + " ?9, ?10)")
          .setParameter(1, layer.id)
          .setParameter(2, version)
          .setParameter(3, f.featureId())
          .setParameter(4, f.zoneCode())
          .setParameter(5, f.zoneName())
          .setParameter(6, writer.write(f.geometry()))
          .setParameter(7, env.getMinX())
          .setParameter(8, env.getMinY())
          .setParameter(9, env.getMaxX())
          .setParameter(10, env.getMaxY())
          .executeUpdate();
    }
    for (MatrixRow row : matrix) {
      em.createNativeQuery(
              "INSERT INTO zoning_rule (layer_id, version, zone_code, activity, answer, conditions)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
          .setParameter(1, layer.id)
          .setParameter(2, version)
          .setParameter(3, row.zoneCode())
          .setParameter(4, row.activity())
          .setParameter(5, row.answer().name())
          .setParameter(6, row.conditions())
          .executeUpdate();
    }
  }

  @SuppressWarnings("unchecked")
  private LayerView view(ZoningLayer layer) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT version, feature_count, uploaded_at, published_at FROM zoning_layer_version"
                    + " WHERE layer_id = ?1 ORDER BY version")
            .setParameter(1, layer.id)
            .getResultList();
    List<VersionView> versions = new ArrayList<>();
    for (Object[] r : rows) {
      versions.add(
          new VersionView(
              ((Number) r[0]).intValue(), ((Number) r[1]).intValue(), time(r[2]), time(r[3])));
    }
    return new LayerView(
        layer.id.toString(),
        layer.code,
        layer.name,
        layer.planKind,
        layer.demonstration,
        layer.latestVersion,
        layer.activeVersion,
        versions);
  }

  static OffsetDateTime time(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime odt) {
      return odt;
    }
    if (value instanceof java.time.Instant i) {
      return i.atOffset(java.time.ZoneOffset.UTC);
    }
    return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
  }
}
