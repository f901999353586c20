package dev.ferry.bench.engines;

import dev.ferry.definition.DefinitionLoader;
import dev.ferry.engine.ConnectorRegistry;
import dev.ferry.engine.EngineConfig;
import dev.ferry.engine.FerryEngine;
import dev.ferry.engine.RunOptions;
import dev.ferry.engine.TransactionResult;
import dev.ferry.engine.WorkItem;
import dev.ferry.engine.core.CoreConnector;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.LedgerConfig;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.ledger.internal.HibernateLedger;
import dev.ferry.engine.model.ProcessDefinition;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Ferry running a YAML definition of N sequential increments, with its ledger on the given
 * database: every step is checkpointed (started, then finished with its audit event) as in
 * production; nothing is switched off for the benchmark.
 */
final class FerrySubject implements Subject {
  /** How each step increments {@code n}. */
  enum Variant {
    /** {@code counter.increment}, an action of a connector in an application session. */
    CONNECTOR,
    /** The core {@code set} action with {@code n: ${n + 1}}, evaluated by the engine. */
    CORE_SET
  }

  private final int steps;
  private final Ledger ledger;
  private final FerryEngine engine;
  private final ProcessDefinition definition;

  FerrySubject(Database database, int steps, Variant variant, Path dataDirectory) {
    this.steps = steps;
    ConnectorRegistry connectors =
        new ConnectorRegistry(List.of(new CoreConnector(), new CounterConnector()));
    this.definition =
        new DefinitionLoader(connectors).load("bench-count.yaml", yaml(steps, variant));
    this.ledger =
        HibernateLedger.open(new LedgerConfig(database.jdbcUrl(), database.user(), null, 4));
    this.engine =
        new FerryEngine(
            EngineConfig.builder(ledger)
                .connectors(connectors)
                .dataDirectory(dataDirectory)
                .build());
  }

  /** The definition an analyst would write: one input and N steps. */
  static String yaml(int steps, Variant variant) {
    StringBuilder yaml =
        new StringBuilder(
            "process: bench-count-"
                + steps
                + "\nversion: 1\ndescription: Counts to "
                + steps
                + ", one step at a time.\n"
                + "inputs:\n  n: { type: integer, default: 0 }\nsteps:\n");
    for (int i = 1; i <= steps; i++) {
      yaml.append("  - id: step-").append(i).append('\n');
      if (variant == Variant.CONNECTOR) {
        yaml.append("    action: counter.increment\n    with: { value: \"${n}\" }\n");
      } else {
        yaml.append("    action: set\n    with: { variables: { n: \"${n + 1}\" } }\n");
      }
    }
    return yaml.toString();
  }

  @Override
  public void runOne() {
    TransactionResult result = engine.run(definition, WorkItem.of(Map.of()), RunOptions.DEFAULT);
    Object n = result.variables().get("n");
    if (result.status() != TransactionStatus.SUCCEEDED
        || !(n instanceof Number count)
        || count.longValue() != steps) {
      throw new IllegalStateException(
          "Ferry transaction "
              + result.id()
              + " ended "
              + result.status()
              + " with n = "
              + n
              + " (expected "
              + steps
              + "): "
              + result.errorMessage());
    }
  }

  @Override
  public void close() {
    engine.close();
    ledger.close();
  }
}
