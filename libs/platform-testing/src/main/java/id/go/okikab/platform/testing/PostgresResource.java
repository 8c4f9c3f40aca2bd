package id.go.okikab.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points the service's default datasource at a real PostgreSQL ({@link TestServers#postgres()}).
 * One server per test JVM; the database (init arg {@code database}, default {@code oki}) is created
 * when missing and kept for the JVM's later Quarkus restarts. Flyway migrates it at start.
 *
 * <pre>
 * &#64;WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
 * </pre>
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

  private String database = "oki";

  @Override
  public void init(Map<String, String> initArgs) {
    database = initArgs.getOrDefault("database", database);
  }

  @Override
  public Map<String, String> start() {
    TestServers.Postgres postgres = TestServers.postgres();
    postgres.createDatabase(database);
    return Map.of(
        "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
        "quarkus.datasource.username", postgres.username(),
        "quarkus.datasource.password", postgres.password());
  }

  @Override
  public void stop() {
    // the server lives as long as the test JVM (TestServers stops it at exit)
  }
}
