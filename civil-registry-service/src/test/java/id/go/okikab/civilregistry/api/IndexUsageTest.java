package id.go.okikab.civilregistry.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The lookups the benchmark measures can use their indexes with the parameter types the JDBC driver
 * sends (strings as varchar against the CHAR(16) NIK column): with sequential scans switched off,
 * the plans must name the indexes.
 */
@QuarkusTest
class IndexUsageTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void nikLookupNameAndDateSearchAndKecamatanListingUseIndexes() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET enable_seqscan = off");
      }
      assertThat(plan(connection, "SELECT * FROM resident WHERE nik = ?", "1602055708900001"))
          .contains("resident_nik");
      assertThat(plan(connection, "SELECT * FROM resident WHERE subject_ref = ?", "ab".repeat(32)))
          .contains("resident_subject_ref");
      try (PreparedStatement explain =
          connection.prepareStatement(
              "EXPLAIN SELECT * FROM resident WHERE birth_date = ? AND name_key LIKE ?"
                  + " ORDER BY name_key, id LIMIT 20")) {
        explain.setDate(1, Date.valueOf(LocalDate.of(1990, 8, 17)));
        explain.setString(2, "%RINA%");
        assertThat(text(explain)).contains("resident_birth_date_name");
      }
      try (PreparedStatement explain =
          connection.prepareStatement(
              "EXPLAIN SELECT * FROM resident WHERE desa_code BETWEEN ? AND ?"
                  + " ORDER BY name_key, id LIMIT 20")) {
        explain.setString(1, "1602050000");
        explain.setString(2, "1602059999");
        assertThat(text(explain)).contains("resident_desa_name");
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("RESET enable_seqscan");
      }
    }
  }

  static String plan(Connection connection, String sql, String parameter) throws Exception {
    try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
      explain.setString(1, parameter);
      return text(explain);
    }
  }

  static String text(PreparedStatement explain) throws Exception {
    StringBuilder plan = new StringBuilder();
    try (ResultSet rows = explain.executeQuery()) {
      while (rows.next()) {
        plan.append(rows.getString(1)).append('\n');
      }
    }
    return plan.toString();
  }
}
