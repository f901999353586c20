package dev.ferry.engine.ledger.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;

/** Plain JDBC for the ledger's most frequent writes, where Hibernate's own work would dominate. */
final class Sql {
  private Sql() {}

  /**
   * Runs one insert or update with its parameters in order. An instant is stored as a {@code
   * timestamp with time zone} in UTC.
   *
   * @return the number of rows it changed
   */
  static int execute(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        Object value = parameters[i];
        statement.setObject(
            i + 1, value instanceof Instant at ? at.atOffset(ZoneOffset.UTC) : value);
      }
      return statement.executeUpdate();
    }
  }
}
