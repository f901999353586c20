package dev.ferry.app;

import dev.ferry.definition.DefinitionLoader;
import dev.ferry.engine.ConnectorRegistry;
import dev.ferry.engine.EngineConfig;
import dev.ferry.engine.FerryEngine;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.LedgerConfig;
import dev.ferry.engine.ledger.internal.HibernateLedger;
import dev.ferry.engine.secrets.SecretStores;
import dev.ferry.engine.spi.Secret;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options every command that touches the ledger shares: where the data lives and which database
 * holds the ledger.
 */
final class NodeOptions {
  @Option(
      names = "--data-dir",
      description = "Ferry's data directory (default: $FERRY_DATA_DIR or ./ferry-data).")
  Path dataDirectory;

  @Option(
      names = "--log-format",
      description = "text or json (also $FERRY_LOG_FORMAT).",
      defaultValue = "text")
  String logFormat;

  Path dataDirectory() {
    if (dataDirectory != null) {
      return dataDirectory;
    }
    String fromEnvironment = System.getenv("FERRY_DATA_DIR");
    return Path.of(fromEnvironment != null ? fromEnvironment : "ferry-data");
  }

  /**
   * The ledger: PostgreSQL when {@code FERRY_DB_URL} is set (with {@code FERRY_DB_USER} and {@code
   * FERRY_DB_PASSWORD}), otherwise the embedded H2 file in the data directory.
   */
  LedgerConfig ledgerConfig() {
    String url = System.getenv("FERRY_DB_URL");
    if (url == null || url.isBlank()) {
      return LedgerConfig.h2File(dataDirectory());
    }
    String password = System.getenv("FERRY_DB_PASSWORD");
    return new LedgerConfig(
        url, System.getenv("FERRY_DB_USER"), password == null ? null : new Secret(password), 8);
  }

  Ledger openLedger() {
    return HibernateLedger.open(ledgerConfig());
  }

  /** The ledger and an engine on it, for a command that runs or changes transactions. */
  record Node(Ledger ledger, FerryEngine engine) implements AutoCloseable {
    @Override
    public void close() {
      try (ledger) {
        engine.close();
      }
    }
  }

  /** Opens the ledger and starts an engine on it with every connector on the class path. */
  Node startEngine() {
    Ledger ledger = openLedger();
    try {
      return new Node(
          ledger, new FerryEngine(engineConfig(ledger, ConnectorRegistry.discover()).build()));
    } catch (RuntimeException e) {
      ledger.close();
      throw e;
    }
  }

  /** An engine on this node's ledger that can also resume stored transactions. */
  EngineConfig.Builder engineConfig(Ledger ledger, ConnectorRegistry registry) {
    DefinitionLoader loader = new DefinitionLoader(registry);
    return EngineConfig.builder(ledger)
        .connectors(registry)
        .dataDirectory(dataDirectory())
        .secretStores(SecretStores.forDataDirectory(dataDirectory()))
        .definitionParser(loader::load);
  }
}
