package dev.ferry.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.engine.EngineConfig;
import dev.ferry.engine.FerryEngine;
import dev.ferry.engine.WorkItem;
import dev.ferry.engine.audit.AuditChain;
import dev.ferry.engine.audit.AuditEvent;
import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.model.ProcessDefinition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator stops a running transaction from another process, as {@code ferry cancel} does: the
 * request goes through the ledger, and the node running the transaction cancels it before its next
 * step.
 */
class OperatorStopTest {
  private static final int STEPS = 20;

  @TempDir Path data;

  @Test
  void aNodeStopsARunningTransactionBeforeItsNextStepWhenAnOperatorAsksFromElsewhere()
      throws Exception {
    StringBuilder yaml = new StringBuilder("process: slow-posting\nversion: 1\nsteps:\n");
    for (int i = 1; i <= STEPS; i++) {
      yaml.append("  - id: post-").append(i).append("\n    action: wait\n");
      yaml.append("    with: { duration: 500ms }\n");
    }
    try (NodeFixture fixture = new NodeFixture(data)) {
      ProcessDefinition definition = fixture.definition(yaml.toString());
      NodeSettings settings = NodeSettings.builder().workers(1).httpPort(-1).build();
      try (FerryNode node = new FerryNode(fixture.engine, List.of(), settings);
          FerryEngine operatorsEngine =
              new FerryEngine(EngineConfig.builder(fixture.ledger).dataDirectory(data).build())) {
        node.start();
        node.submit(definition, new WorkItem(Map.of(), "INV-7", Map.of(), 0));
        NodeFixture.await(
            "the transaction to finish its first step",
            Duration.ofSeconds(30),
            () -> fixture.transactions().stream().anyMatch(t -> t.lastStepSeq() >= 1));
        TransactionRecord running = fixture.transactions().get(0);

        TransactionRecord asked =
            operatorsEngine.cancel(running.id(), false, "dave", "wrong supplier");

        assertThat(asked.status()).isEqualTo(TransactionStatus.RUNNING);
        assertThat(asked.stopRequested()).isEqualTo("dave: wrong supplier");
        NodeFixture.await(
            "the node to stop it",
            Duration.ofSeconds(30),
            () -> fixture.transactions().get(0).status().isFinal());
      }
      TransactionRecord stopped = fixture.transactions().get(0);
      assertThat(stopped.status()).isEqualTo(TransactionStatus.CANCELLED);
      assertThat(stopped.errorCode()).isEqualTo("CANCELLED_BY_OPERATOR");
      assertThat(stopped.errorMessage())
          .startsWith("stopped by dave: wrong supplier")
          .containsPattern("cancelled (before|while waiting in) post-\\d+");
      assertThat(fixture.ledger.steps(stopped.id()))
          .as("steps run before the stop took effect")
          .hasSizeLessThan(STEPS);
      assertThat(fixture.ledger.auditEvents(stopped.id()))
          .extracting(AuditEvent::kind)
          .containsSubsequence("TRANSACTION_STARTED", "OPERATOR_STOP", "TRANSACTION_FINISHED");
      assertThat(new AuditChain(fixture.ledger).verifyAll().problem()).isNull();
    }
  }
}
