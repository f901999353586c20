package dev.ferry.bench.engines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * A fresh, empty database for one benchmark subject: every engine gets the same URL settings.
 *
 * @param kind which database
 * @param jdbcUrl the URL every engine connects to
 * @param user the database user
 * @param file the H2 data file ({@code .mv.db}), or null when the database is not an H2 file
 */
record Database(Kind kind, String jdbcUrl, String user, Path file) {

  /** The databases the benchmark runs on. */
  enum Kind {
    H2_MEMORY("H2 mem"),
    H2_FILE("H2 file"),
    POSTGRES("PostgreSQL");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  Database {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
  }

  /** A private in-memory H2 database; the same settings as {@code LedgerConfig.h2InMemory}. */
  static Database h2Memory(String name) {
    return new Database(Kind.H2_MEMORY, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", null);
  }

  /**
   * An H2 file database with the settings of Ferry's embedded ledger ({@code LedgerConfig.h2File}):
   * every commit written through at once.
   */
  static Database h2File(Path directory, String name) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + directory, e);
    }
    Path base = directory.resolve(name).toAbsolutePath();
    return new Database(
        Kind.H2_FILE,
        "jdbc:h2:file:" + base + ";AUTO_SERVER=TRUE;WRITE_DELAY=0",
        "sa",
        Path.of(base + ".mv.db"));
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, user, "");
  }

  /**
   * Closes an H2 file database and rewrites it without free space, so that its size is the data it
   * holds, then returns that size in bytes. Every engine connection must be closed first.
   */
  long compactedFileSize() {
    if (kind != Kind.H2_FILE) {
      throw new IllegalStateException(kind.label + " has no data file to measure");
    }
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN COMPACT");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot compact " + file + ": " + e.getMessage(), e);
    }
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + file, e);
    }
  }
}
