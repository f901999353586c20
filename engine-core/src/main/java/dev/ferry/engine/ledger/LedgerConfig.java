package dev.ferry.engine.ledger;

import dev.ferry.engine.spi.Secret;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the ledger lives. The embedded default is an H2 file under the data directory; production
 * uses PostgreSQL.
 *
 * @param password null when the database needs none
 * @param maxPoolSize the most connections the node keeps open
 */
public record LedgerConfig(String jdbcUrl, String username, Secret password, int maxPoolSize) {
  public LedgerConfig {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "the ledger supports H2 (jdbc:h2:...) and PostgreSQL (jdbc:postgresql://...), not "
              + jdbcUrl);
    }
    if (maxPoolSize < 1) {
      throw new IllegalArgumentException("the connection pool needs at least 1 connection");
    }
  }

  /**
   * An H2 database in {@code <dataDirectory>/ledger.mv.db}. Several processes on one machine can
   * open it at once (H2's auto-server mode), so {@code ferry show} works while a node runs. Every
   * commit is written through at once ({@code WRITE_DELAY=0}), so a killed process loses nothing it
   * had committed.
   */
  public static LedgerConfig h2File(Path dataDirectory) {
    return new LedgerConfig(
        "jdbc:h2:file:"
            + dataDirectory.resolve("ledger").toAbsolutePath()
            + ";AUTO_SERVER=TRUE;WRITE_DELAY=0",
        "sa",
        null,
        4);
  }

  /** A private in-memory H2 database that lives until the ledger is closed; for tests. */
  public static LedgerConfig h2InMemory(String name) {
    return new LedgerConfig("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", null, 4);
  }

  public boolean isPostgres() {
    return jdbcUrl.startsWith("jdbc:postgresql:");
  }

  @Override
  public String toString() {
    return "LedgerConfig[" + jdbcUrl + ", user " + username + "]";
  }
}
