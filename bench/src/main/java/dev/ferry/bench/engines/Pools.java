package dev.ferry.bench.engines;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** Connection pools for the established engines, sized and configured as Ferry's ledger pool. */
final class Pools {
  static final int SIZE = 4;

  private Pools() {}

  static HikariDataSource hikari(Database database, String name) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(database.jdbcUrl());
    hikari.setUsername(database.user());
    hikari.setPassword("");
    hikari.setMaximumPoolSize(SIZE);
    hikari.setPoolName(name);
    return new HikariDataSource(hikari);
  }
}
