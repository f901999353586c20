package dev.ferry.engine.crash;

import dev.ferry.engine.ConnectorRegistry;
import dev.ferry.engine.EngineConfig;
import dev.ferry.engine.FerryEngine;
import dev.ferry.engine.RunOptions;
import dev.ferry.engine.WorkItem;
import dev.ferry.engine.core.CoreConnector;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.LedgerConfig;
import dev.ferry.engine.ledger.internal.HibernateLedger;
import dev.ferry.engine.model.CheckSpec;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.model.SourceLocation;
import dev.ferry.engine.model.Step;
import dev.ferry.engine.testing.TestDefinitions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The node the crash test kills: it resumes what was interrupted, then runs work items until all
 * are done. Arguments: journal file, JDBC URL, number of work items.
 */
public final class CrashWorker {
  static final int STEPS = 50;

  private CrashWorker() {}

  public static void main(String[] args) {
    Path journal = Path.of(args[0]);
    LedgerConfig ledgerConfig =
        new LedgerConfig(args[1], args.length > 3 ? args[3] : "sa", null, 4);
    int items = Integer.parseInt(args[2]);
    JournalConnector connector = new JournalConnector(journal);
    ProcessDefinition definition = definition(connector);
    try (Ledger ledger = HibernateLedger.open(ledgerConfig);
        FerryEngine engine =
            new FerryEngine(
                EngineConfig.builder(ledger)
                    .connectors(new ConnectorRegistry(List.of(new CoreConnector(), connector)))
                    .dataDirectory(journal.getParent())
                    .definitionParser((file, text) -> definition)
                    .build())) {
      System.out.println("ready");
      engine.resumeInterrupted(RunOptions.DEFAULT);
      for (int i = 1; i <= items; i++) {
        engine.run(
            definition, WorkItem.of(Map.of()).withBusinessKey("item-" + i), RunOptions.DEFAULT);
      }
      System.out.println("done");
    }
  }

  /** Fifty steps: posts with a verify read-back, idempotent reads, and posts without read-back. */
  static ProcessDefinition definition(JournalConnector connector) {
    TestDefinitions process = TestDefinitions.process("crash-test");
    for (int i = 0; i < STEPS; i++) {
      String key = "${transaction.id}/s" + i;
      StepKind kind = StepKind.values()[i % 3];
      Step.ActionStep step =
          TestDefinitions.action(
              "s" + i, connector.actions().get(kind.index), Map.of("key", key), null);
      if (kind == StepKind.POST_WITH_VERIFY) {
        step =
            new Step.ActionStep(
                step.id(),
                step.location(),
                null,
                null,
                step.action(),
                step.input(),
                null,
                null,
                null,
                null,
                new CheckSpec(
                    "journal.contains",
                    TestDefinitions.bind(JournalConnector.Key.class, Map.of("key", key)),
                    SourceLocation.UNKNOWN),
                null);
      }
      process.step(step);
    }
    return process.build();
  }

  /** What step i does: index into the journal connector's actions. */
  enum StepKind {
    POST_WITH_VERIFY(0),
    READ(2),
    POST_WITHOUT_VERIFY(0);

    final int index;

    StepKind(int index) {
      this.index = index;
    }
  }
}
