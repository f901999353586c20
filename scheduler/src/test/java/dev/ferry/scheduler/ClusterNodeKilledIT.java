package dev.ferry.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.engine.audit.AuditEvent;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.LedgerConfig;
import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.ledger.internal.HibernateLedger;
import dev.ferry.engine.testing.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two clustered nodes, each a JVM of its own, share one PostgreSQL ledger; one submits 200
 * transactions and is killed with SIGKILL halfway. Quartz on the other node must recover what the
 * dead one was running, so that every transaction ends exactly once.
 */
@Tag("slow")
class ClusterNodeKilledIT {
  private static final int TRANSACTIONS = 200;
  @TempDir Path dir;
  private final List<Process> nodes = new ArrayList<>();

  @AfterEach
  void stop() {
    nodes.forEach(Process::destroyForcibly);
  }

  @Test
  void everyTransactionEndsOnceWhenOneOfTwoNodesIsKilled() throws Exception {
    LedgerConfig database = EmbeddedPostgres.freshDatabase();
    try (Ledger ledger = HibernateLedger.open(database)) {
      Process doomed = start(database, "node-a", TRANSACTIONS);
      start(database, "node-b", 0);
      NodeFixture.await(
          "half of the transactions to succeed",
          Duration.ofSeconds(150),
          () -> succeeded(ledger) >= TRANSACTIONS / 2);
      doomed.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      assertThat(succeeded(ledger)).as("killed halfway").isLessThan(TRANSACTIONS);

      NodeFixture.await(
          "all transactions to succeed",
          Duration.ofSeconds(90),
          () -> succeeded(ledger) == TRANSACTIONS);

      List<TransactionRecord> all = ledger.transactionsSince(Instant.EPOCH);
      Map<String, Long> perKey =
          all.stream()
              .collect(
                  Collectors.groupingBy(TransactionRecord::businessKey, Collectors.counting()));
      assertThat(perKey)
          .hasSize(TRANSACTIONS)
          .allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
      assertThat(all)
          .allSatisfy(t -> assertThat(t.status()).isEqualTo(TransactionStatus.SUCCEEDED));
      Set<String> workers =
          all.stream()
              .flatMap(t -> ledger.auditEvents(t.id()).stream())
              .filter(e -> e.kind().equals("OPERATOR_RAN_ON_NODE"))
              .map(AuditEvent::actor)
              .collect(Collectors.toSet());
      assertThat(workers).as("nodes that ran transactions").contains("node:node-a", "node:node-b");
    }
  }

  private static long succeeded(Ledger ledger) {
    return ledger.transactionsSince(Instant.EPOCH).stream()
        .filter(t -> t.status() == TransactionStatus.SUCCEEDED)
        .count();
  }

  private Process start(LedgerConfig database, String nodeId, int submit) throws IOException {
    Path data = Files.createDirectories(dir.resolve(nodeId));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process node =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                ClusterNodeMain.class.getName(),
                database.jdbcUrl(),
                nodeId,
                data.toString(),
                String.valueOf(submit))
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(
                    Path.of("target", "cluster-" + nodeId + ".log").toFile()))
            .start();
    nodes.add(node);
    return node;
  }
}
