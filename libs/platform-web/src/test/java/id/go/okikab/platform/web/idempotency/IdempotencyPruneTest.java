package id.go.okikab.platform.web.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyPruneTest {

  @Inject AgroalDataSource dataSource;
  @Inject IdempotencyStore store;

  @Test
  void expiredKeysArePrunedLiveOnesKept() throws SQLException {
    String expired = "expired-" + UUID.randomUUID();
    String live = "live-" + UUID.randomUUID();
    insert(expired, "now() - interval '1 minute'");
    insert(live, "now() + interval '1 hour'");

    assertTrue(store.prune() >= 1);

    assertEquals(0, count(expired));
    assertEquals(1, count(live));
  }

  private void insert(String key, String expiresAt) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO idempotency_key (caller, http_method, path, idem_key, fingerprint,"
                    + " created_at, expires_at) VALUES ('prune-test', 'POST', '/x', ?, 'f', now(), "
                    + expiresAt
                    + ")")) {
      insert.setString(1, key);
      insert.executeUpdate();
    }
  }

  private long count(String key) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT count(*) FROM idempotency_key WHERE idem_key = ?")) {
      statement.setString(1, key);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }
}
