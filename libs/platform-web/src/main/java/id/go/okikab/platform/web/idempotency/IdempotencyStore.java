package id.go.okikab.platform.web.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Table {@code idempotency_key}: claims keys and stores the first response. All methods except
 * {@link #prune()} run in the interceptor's transaction.
 */
@ApplicationScoped
class IdempotencyStore {

  private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);

  /** Who sent a key, to what. */
  record Scope(String caller, String method, String path, String key) {}

  /** A stored first response. */
  record Stored(
      String fingerprint,
      Integer status,
      String contentType,
      String body,
      String location,
      String etag) {}

  private final EntityManager entityManager;
  private final Duration retention;

  IdempotencyStore(
      EntityManager entityManager,
      @ConfigProperty(name = "oki.web.idempotency.retention", defaultValue = "24h")
          Duration retention) {
    this.entityManager = entityManager;
    this.retention = retention;
  }

  /**
   * Claims the key for this transaction: inserts its row, or takes over an expired one. Blocks
   * while another open transaction holds the same key.
   *
   * @return whether this transaction owns the key (else a committed row exists: see {@link #find})
   */
  @Transactional(Transactional.TxType.MANDATORY)
  boolean claim(Scope scope, String fingerprint) {
    int rows =
        entityManager
            .createNativeQuery(
                """
                INSERT INTO idempotency_key
                    (caller, http_method, path, idem_key, fingerprint, created_at, expires_at)
                VALUES (?1, ?2, ?3, ?4, ?5, now(), now() + make_interval(secs => ?6))
                ON CONFLICT (caller, http_method, path, idem_key) DO UPDATE
                    SET fingerprint = EXCLUDED.fingerprint,
                        created_at = EXCLUDED.created_at,
                        expires_at = EXCLUDED.expires_at,
                        response_status = NULL,
                        response_content_type = NULL,
                        response_body = NULL,
                        response_location = NULL,
                        response_etag = NULL
                    WHERE idempotency_key.expires_at < now()
                """)
            .setParameter(1, scope.caller())
            .setParameter(2, scope.method())
            .setParameter(3, scope.path())
            .setParameter(4, scope.key())
            .setParameter(5, fingerprint)
            .setParameter(6, (double) retention.toSeconds())
            .executeUpdate();
    return rows == 1;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  Optional<Stored> find(Scope scope) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                """
                SELECT fingerprint, response_status, response_content_type, response_body,
                       response_location, response_etag
                FROM idempotency_key
                WHERE caller = ?1 AND http_method = ?2 AND path = ?3 AND idem_key = ?4
                """)
            .setParameter(1, scope.caller())
            .setParameter(2, scope.method())
            .setParameter(3, scope.path())
            .setParameter(4, scope.key())
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new Stored(
                    (String) r[0],
                    r[1] == null ? null : ((Number) r[1]).intValue(),
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5]));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void complete(Scope scope, Stored response) {
    entityManager
        .createNativeQuery(
            """
            UPDATE idempotency_key
            SET response_status = ?5, response_content_type = ?6, response_body = ?7,
                response_location = ?8, response_etag = ?9
            WHERE caller = ?1 AND http_method = ?2 AND path = ?3 AND idem_key = ?4
            """)
        .setParameter(1, scope.caller())
        .setParameter(2, scope.method())
        .setParameter(3, scope.path())
        .setParameter(4, scope.key())
        .setParameter(5, response.status())
        .setParameter(6, response.contentType())
        .setParameter(7, response.body())
        .setParameter(8, response.location())
        .setParameter(9, response.etag())
        .executeUpdate();
  }

  /** Deletes expired keys ({@code oki.web.idempotency.retention}, default 24 h). */
  @Scheduled(
      identity = "oki-idempotency-prune",
      every = "${oki.web.idempotency.prune-every:1h}",
      delayed = "${oki.web.idempotency.prune-delay:5m}",
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void scheduledPrune() {
    prune();
  }

  /** Deletes expired keys now; returns how many. */
  @Transactional
  int prune() {
    int deleted =
        entityManager
            .createNativeQuery("DELETE FROM idempotency_key WHERE expires_at < now()")
            .executeUpdate();
    if (deleted > 0) {
      LOG.debugf("pruned %d expired idempotency keys", deleted);
    }
    return deleted;
  }
}
