package dev.ferry.engine;

import dev.ferry.engine.core.CoreConnector;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.LedgerConfig;
import dev.ferry.engine.ledger.internal.HibernateLedger;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.testing.FakeClock;
import dev.ferry.engine.testing.RecordingSleeper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** An engine on a private in-memory H2 ledger, a fake clock and a {@link FakeSystem}. */
final class EngineFixture implements AutoCloseable {
  final FakeSystem fake;
  final FakeClock clock = FakeClock.atEpochDay();
  final RecordingSleeper sleeper = new RecordingSleeper(clock);
  final LedgerConfig ledgerConfig;
  final Ledger ledger;
  final FerryEngine engine;

  EngineFixture(Path workDirectory) {
    this(workDirectory, b -> b);
  }

  EngineFixture(Path workDirectory, UnaryOperator<EngineConfig.Builder> customize) {
    this(
        workDirectory,
        customize,
        LedgerConfig.h2InMemory("t" + UUID.randomUUID()),
        new FakeSystem());
  }

  /** A second engine on the same ledger and fake application: a node after a restart. */
  EngineFixture restarted(Path workDirectory, UnaryOperator<EngineConfig.Builder> customize) {
    return new EngineFixture(workDirectory, customize, ledgerConfig, fake);
  }

  private EngineFixture(
      Path workDirectory,
      UnaryOperator<EngineConfig.Builder> customize,
      LedgerConfig ledgerConfig,
      FakeSystem fake) {
    this.ledgerConfig = ledgerConfig;
    this.fake = fake;
    this.ledger = HibernateLedger.open(ledgerConfig);
    engine =
        new FerryEngine(
            customize
                .apply(
                    EngineConfig.builder(ledger)
                        .connectors(new ConnectorRegistry(List.of(new CoreConnector(), fake)))
                        .dataDirectory(workDirectory.resolve("data"))
                        .workDirectory(workDirectory)
                        .clock(clock)
                        .sleeper(sleeper)
                        .randomSeed(42))
                .build());
  }

  TransactionResult run(ProcessDefinition definition) {
    return run(definition, Map.of());
  }

  TransactionResult run(ProcessDefinition definition, Map<String, Object> inputs) {
    return engine.run(definition, WorkItem.of(inputs), RunOptions.DEFAULT);
  }

  @Override
  public void close() {
    engine.close();
    ledger.close();
  }
}
