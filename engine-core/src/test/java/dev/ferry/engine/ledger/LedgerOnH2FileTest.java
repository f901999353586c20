package dev.ferry.engine.ledger;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The ledger contract on the embedded default: an H2 file in the data directory. */
class LedgerOnH2FileTest extends LedgerContractTest {
  @TempDir static Path dataDirectory;

  @Override
  protected LedgerConfig ledgerConfig() {
    return LedgerConfig.h2File(dataDirectory);
  }
}
