package id.go.okikab.platform.infra;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * A real PostgreSQL server on 127.0.0.1: the Debian server binaries when the machine has them
 * ({@link NativePostgres}), otherwise zonky's embedded binaries from Maven Central ({@link
 * ZonkyPostgres}). The superuser is {@code postgres} with trust authentication on loopback.
 */
public interface PostgresServer extends AutoCloseable {

  String USER = "postgres";
  String PASSWORD = "postgres";

  /**
   * How a server is run.
   *
   * @param dataDir where the cluster lives
   * @param port the loopback port
   * @param ephemeral {@code true} for tests: fsync off, directory deleted at stop; {@code false}
   *     for the local run: data kept between runs, fsync on
   */
  record Options(Path dataDir, int port, boolean ephemeral) {}

  /** Starts a server, picking the Debian binaries when present and zonky otherwise. */
  static PostgresServer start(Options options) {
    Optional<Path> bin = NativePostgres.findBinaries();
    if (bin.isPresent()) {
      return NativePostgres.start(bin.get(), options);
    }
    return ZonkyPostgres.start(options);
  }

  int port();

  /** Which binaries run it, for logs. */
  String description();

  default String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
  }

  /** Creates {@code database} unless it exists. */
  default void createDatabase(String database) {
    createDatabase(jdbcUrl("postgres"), USER, PASSWORD, database);
  }

  /**
   * Creates {@code database} unless it exists, connected as a superuser through {@code
   * maintenanceUrl} (the server's {@code postgres} database).
   */
  static void createDatabase(String maintenanceUrl, String user, String password, String database) {
    if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("not a plain database name: " + database);
    }
    try (Connection connection = DriverManager.getConnection(maintenanceUrl, user, password);
        PreparedStatement exists =
            connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, database);
      try (ResultSet rs = exists.executeQuery()) {
        if (rs.next()) {
          return;
        }
      }
      try (Statement create = connection.createStatement()) {
        create.execute("CREATE DATABASE " + database);
      } catch (SQLException e) {
        if (!"42P04".equals(e.getSQLState())) { // duplicate_database: created concurrently
          throw e;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + database, e);
    }
  }

  /** Stops the server (and deletes its data when ephemeral). */
  void stop();

  @Override
  default void close() {
    stop();
  }
}
