package dev.ferry.engine.ledger;

import dev.ferry.engine.testing.EmbeddedPostgres;

/** The ledger contract on a real PostgreSQL server, migrations included. */
class LedgerOnPostgresIT extends LedgerContractTest {
  @Override
  protected LedgerConfig ledgerConfig() {
    return EmbeddedPostgres.freshDatabase();
  }
}
