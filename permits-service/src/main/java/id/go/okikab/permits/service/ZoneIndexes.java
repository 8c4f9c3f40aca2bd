package id.go.okikab.permits.service;

import id.go.okikab.permits.domain.zoning.ActivityMatrix;
import id.go.okikab.permits.domain.zoning.Itbx;
import id.go.okikab.permits.domain.zoning.ZoneFeature;
import id.go.okikab.permits.domain.zoning.ZoneIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * The in-memory STRtree of each published layer version, built once from PostgreSQL and kept by
 * (layer, version): versions never change once stored, so a cached index is never stale; which
 * version is active is read from the database on every use, so every replica follows a publish.
 */
@ApplicationScoped
public class ZoneIndexes {

  private final EntityManager em;
  private final Map<String, ZoneIndex> cache = new ConcurrentHashMap<>();

  public ZoneIndexes(EntityManager em) {
    this.em = em;
  }

  /** The active version of every published layer, by layer code. */
  @Transactional
  @SuppressWarnings("unchecked")
  public List<ZoneIndex> active() {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, code, active_version FROM zoning_layer WHERE active_version IS NOT NULL"
                    + " ORDER BY code")
            .getResultList();
    List<ZoneIndex> out = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      out.add(of((UUID) row[0], (String) row[1], ((Number) row[2]).intValue()));
    }
    return out;
  }

  /** The index of one stored version. */
  @Transactional
  public ZoneIndex of(UUID layerId, String layerCode, int version) {
    return cache.computeIfAbsent(layerId + ":" + version, key -> load(layerId, layerCode, version));
  }

  @SuppressWarnings("unchecked")
  private ZoneIndex load(UUID layerId, String layerCode, int version) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT feature_id, zone_code, zone_name, geometry FROM zoning_feature"
                    + " WHERE layer_id = ?1 AND version = ?2 ORDER BY feature_id")
            .setParameter(1, layerId)
            .setParameter(2, version)
            .getResultList();
    WKBReader reader = new WKBReader(id.go.okikab.permits.domain.zoning.GeoJson.FACTORY);
    List<ZoneFeature> features = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      try {
        features.add(
            new ZoneFeature(
                (String) row[0], (String) row[1], (String) row[2], reader.read((byte[]) row[3])));
      } catch (ParseException e) {
        throw new IllegalStateException("stored geometry of " + row[0] + " unreadable", e);
      }
    }
    ActivityMatrix matrix = new ActivityMatrix();
    List<Object[]> rules =
        em.createNativeQuery(
                "SELECT zone_code, activity, answer, conditions FROM zoning_rule"
                    + " WHERE layer_id = ?1 AND version = ?2")
            .setParameter(1, layerId)
            .setParameter(2, version)
            .getResultList();
    for (Object[] r : rules) {
      matrix.add(
          new ActivityMatrix.Rule(
              (String) r[0], (String) r[1], Itbx.valueOf(r[2].toString().trim()), (String) r[3]));
    }
    return new ZoneIndex(layerCode, version, features, matrix);
  }
}
