package dev.ferry.bench.engines;

import dev.ferry.definition.DefinitionLoader;
import dev.ferry.engine.ConnectorRegistry;
import dev.ferry.engine.EngineConfig;
import dev.ferry.engine.FerryEngine;
import dev.ferry.engine.WorkItem;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.LedgerConfig;
import dev.ferry.engine.ledger.internal.HibernateLedger;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.scheduler.FerryNode;
import dev.ferry.scheduler.NodeSettings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One clustered node of {@link ClusterScaleBench}, in a JVM of its own. It joins the cluster, says
 * {@code READY}, and on a line {@code SUBMIT <first> <count>} on its standard input submits that
 * many transactions of the N-step counting definition. Arguments: JDBC URL, node id, data
 * directory, steps, workers.
 */
public final class ClusterBenchNode {
  private ClusterBenchNode() {}

  public static void main(String[] args) throws Exception {
    LedgerConfig database = new LedgerConfig(args[0], "postgres", null, 8);
    String nodeId = args[1];
    Path data = Path.of(args[2]);
    int steps = Integer.parseInt(args[3]);
    int workers = Integer.parseInt(args[4]);
    Ledger ledger = HibernateLedger.open(database);
    ConnectorRegistry registry = ConnectorRegistry.discover();
    DefinitionLoader loader = new DefinitionLoader(registry);
    FerryEngine engine =
        new FerryEngine(
            EngineConfig.builder(ledger)
                .connectors(registry)
                .dataDirectory(data)
                .definitionParser(loader::load)
                .screenshotsOnSuccess(false)
                .build());
    ProcessDefinition definition =
        loader.load("bench-count.yaml", FerrySubject.yaml(steps, FerrySubject.Variant.CORE_SET));
    NodeSettings settings =
        NodeSettings.builder()
            .workers(workers)
            .queueCapacity(10_000)
            .httpPort(-1)
            .cluster(database, nodeId)
            .build();
    FerryNode node = new FerryNode(engine, List.of(definition), settings);
    node.start();
    System.out.println("READY");
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      String[] words = line.trim().split(" ");
      if (words.length == 3 && words[0].equals("SUBMIT")) {
        int first = Integer.parseInt(words[1]);
        int count = Integer.parseInt(words[2]);
        for (int i = first; i < first + count; i++) {
          node.submit(definition, new WorkItem(Map.of(), "bench-" + i, Map.of(), 0));
        }
        System.out.println("SUBMITTED " + count);
      }
    }
  }
}
