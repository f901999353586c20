package dev.ferry.bench.engines;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Counts the rows a database has inserted, updated and deleted, and the SQL statements it ran, as
 * H2 itself saw them in its query statistics, the same count for every engine whatever its ORM or
 * batching. On PostgreSQL both are left unknown.
 */
final class WriteStats {
  /** Totals since statistics were switched on; {@code statements} is -1 when unknown. */
  record Counts(long rowsWritten, long statements) {
    Counts minus(Counts earlier) {
      return new Counts(
          rowsWritten < 0 ? -1 : rowsWritten - earlier.rowsWritten,
          statements < 0 ? -1 : statements - earlier.statements);
    }
  }

  private final Database database;

  private WriteStats(Database database) {
    this.database = database;
  }

  /** Switches statistics on, for H2; PostgreSQL keeps them anyway. */
  static WriteStats on(Database database) {
    if (database.kind() != Database.Kind.POSTGRES) {
      try (Connection connection = database.connect();
          Statement statement = connection.createStatement()) {
        statement.execute("SET QUERY_STATISTICS_MAX_ENTRIES 100000");
        statement.execute("SET QUERY_STATISTICS TRUE");
      } catch (SQLException e) {
        throw new IllegalStateException("cannot switch on H2 query statistics", e);
      }
    }
    return new WriteStats(database);
  }

  Counts snapshot() {
    if (database.kind() == Database.Kind.POSTGRES) {
      return postgres();
    }
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      return h2(statement);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the database statistics", e);
    }
  }

  private static Counts h2(Statement statement) throws SQLException {
    long rows = 0;
    long statements = 0;
    try (ResultSet r =
        statement.executeQuery(
            "SELECT SQL_STATEMENT, EXECUTION_COUNT, CUMULATIVE_ROW_COUNT"
                + " FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
      while (r.next()) {
        String sql = r.getString(1).stripLeading().toUpperCase(Locale.ROOT);
        if (sql.contains("QUERY_STATISTICS")) {
          continue;
        }
        statements += r.getLong(2);
        if (sql.startsWith("INSERT")
            || sql.startsWith("UPDATE")
            || sql.startsWith("DELETE")
            || sql.startsWith("MERGE")) {
          rows += r.getLong(3);
        }
      }
    }
    return new Counts(rows, statements);
  }

  private static Counts postgres() {
    // pg_stat_user_tables lags: idle backends report their counts only after up to 10 seconds,
    // so its totals undercount. The statements are the same as on H2, so are the rows.
    return new Counts(-1, -1);
  }
}
