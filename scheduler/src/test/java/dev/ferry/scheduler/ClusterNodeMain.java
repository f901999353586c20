package dev.ferry.scheduler;

import dev.ferry.definition.DefinitionLoader;
import dev.ferry.engine.ConnectorRegistry;
import dev.ferry.engine.EngineConfig;
import dev.ferry.engine.FerryEngine;
import dev.ferry.engine.WorkItem;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.LedgerConfig;
import dev.ferry.engine.ledger.internal.HibernateLedger;
import dev.ferry.engine.model.ProcessDefinition;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A clustered node in a JVM of its own, on a shared PostgreSQL ledger; the test kills it with
 * SIGKILL. Arguments: JDBC URL, node id, data directory, how many transactions to submit.
 */
public final class ClusterNodeMain {
  static final String DEFINITION =
      """
      process: cluster-work
      version: 1
      steps:
        - id: take
          action: log
          with: { message: "took ${transaction.businessKey}" }
        - id: work
          action: wait
          with: { duration: 150ms }
        - id: more-work
          action: wait
          with: { duration: 150ms }
        - id: done
          action: log
          with: { message: "done" }
      """;

  private ClusterNodeMain() {}

  public static void main(String[] args) throws Exception {
    LedgerConfig database = new LedgerConfig(args[0], "postgres", null, 8);
    String nodeId = args[1];
    Path data = Path.of(args[2]);
    int submit = Integer.parseInt(args[3]);
    Ledger ledger = HibernateLedger.open(database);
    ConnectorRegistry registry = ConnectorRegistry.discover();
    DefinitionLoader loader = new DefinitionLoader(registry);
    FerryEngine engine =
        new FerryEngine(
            EngineConfig.builder(ledger)
                .connectors(registry)
                .dataDirectory(data)
                .definitionParser(loader::load)
                .build());
    ProcessDefinition definition = loader.load("cluster-work.yaml", DEFINITION);
    NodeSettings settings =
        NodeSettings.builder().workers(4).httpPort(-1).cluster(database, nodeId).build();
    FerryNode node = new FerryNode(engine, List.of(definition), settings);
    node.start();
    for (int i = 1; i <= submit; i++) {
      node.submit(definition, new WorkItem(Map.of(), "work-" + i, Map.of(), 0));
    }
    System.out.println("NODE UP " + nodeId + ", submitted " + submit);
    Thread.sleep(Long.MAX_VALUE);
  }
}
