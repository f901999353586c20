package dev.ferry.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.engine.WorkItem;
import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.model.ProcessDefinition;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Work waits in the ledger as QUEUED transactions. It runs with deadlines first (by priority, then
 * the earlier deadline), then by priority, then in the order it came.
 */
class WorkQueueTest {
  @TempDir Path data;

  private static String definition(String name, int priority, String deadline, String wait) {
    return """
        process: %s
        version: 1
        priority: %d
        %s
        steps:
          - id: work
            action: wait
            with: { duration: %s }
        """
        .formatted(name, priority, deadline == null ? "" : "deadline: " + deadline, wait);
  }

  @Test
  void waitingWorkRunsByPriorityThenInOrderOfArrival() throws Exception {
    try (NodeFixture fixture = new NodeFixture(data)) {
      ProcessDefinition blocker = fixture.definition(definition("blocker", 0, null, "2s"));
      ProcessDefinition routine = fixture.definition(definition("routine", 0, null, "1ms"));
      ProcessDefinition urgent = fixture.definition(definition("urgent", 9, null, "1ms"));
      try (FerryNode node = oneWorkerNode(fixture)) {
        node.submit(blocker, item("blocker", 0));
        node.submit(routine, item("routine-first", 0));
        node.submit(routine, item("routine-second", 0));
        node.submit(routine, item("routine-raised", 5));
        node.submit(urgent, item("urgent", 0));

        awaitEnded(fixture, 5);
      }
      assertThat(inOrderOfStart(fixture))
          .containsExactly(
              "blocker 0", "urgent 9", "routine-raised 5", "routine-first 0", "routine-second 0");
    }
  }

  @Test
  void workWithADeadlineRunsFirstByPriorityThenEarliestDeadline() throws Exception {
    try (NodeFixture fixture = new NodeFixture(data)) {
      ProcessDefinition blocker = fixture.definition(definition("blocker", 0, null, "2s"));
      ProcessDefinition routine = fixture.definition(definition("routine", 9, null, "1ms"));
      ProcessDefinition today = fixture.definition(definition("today", 0, "8h", "1ms"));
      ProcessDefinition hour = fixture.definition(definition("hour", 0, "1h", "1ms"));
      ProcessDefinition vip = fixture.definition(definition("vip", 5, "2d", "1ms"));
      Instant submitted = Instant.now();
      try (FerryNode node = oneWorkerNode(fixture)) {
        node.submit(blocker, item("blocker", 0));
        node.submit(routine, item("routine", 0));
        node.submit(today, item("today", 0));
        node.submit(hour, item("hour", 0));
        node.submit(vip, item("vip", 0));

        awaitEnded(fixture, 5);
      }
      assertThat(inOrderOfStart(fixture))
          .containsExactly("blocker 0", "vip 5", "hour 0", "today 0", "routine 9");
      TransactionRecord hourly = byKey(fixture, "hour");
      assertThat(hourly.dueAt())
          .isBetween(submitted.plus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(1)));
      assertThat(byKey(fixture, "routine").dueAt()).isNull();
    }
  }

  @Test
  void waitingWorkIsQueuedInTheLedgerAndAnOperatorCanCancelItBeforeItRuns() throws Exception {
    try (NodeFixture fixture = new NodeFixture(data)) {
      ProcessDefinition blocker = fixture.definition(definition("blocker", 0, null, "2s"));
      ProcessDefinition routine = fixture.definition(definition("routine", 0, "4h", "1ms"));
      try (FerryNode node = oneWorkerNode(fixture)) {
        node.submit(blocker, item("blocker", 0));
        node.submit(routine, item("not-needed", 0));
        node.submit(routine, item("needed", 0));

        TransactionRecord waiting = byKey(fixture, "not-needed");
        assertThat(waiting.status()).isEqualTo(TransactionStatus.QUEUED);
        assertThat(waiting.dueAt()).isNotNull();
        fixture.engine.cancel(waiting.id(), false, "ops@example.com", "sent by mistake");

        awaitEnded(fixture, 3);
        assertThat(node.finished("CANCELLED")).isEqualTo(1);
      }
      TransactionRecord cancelled = byKey(fixture, "not-needed");
      assertThat(cancelled.status()).isEqualTo(TransactionStatus.CANCELLED);
      assertThat(cancelled.startedAt()).as("it never started").isNull();
      assertThat(fixture.engine.config().ledger().auditEvents(cancelled.id()))
          .extracting(e -> e.kind())
          .doesNotContain("TRANSACTION_STARTED");
      assertThat(byKey(fixture, "needed").status()).isEqualTo(TransactionStatus.SUCCEEDED);
    }
  }

  @Test
  void metricsCountWorkWaitingPastItsDeadlineAndWorkThatStartedLate() throws Exception {
    try (NodeFixture fixture = new NodeFixture(data)) {
      ProcessDefinition blocker = fixture.definition(definition("blocker", 0, null, "3s"));
      ProcessDefinition urgent = fixture.definition(definition("urgent", 0, "200ms", "1ms"));
      try (FerryNode node = oneWorkerNode(fixture)) {
        node.submit(blocker, item("blocker", 0));
        node.submit(urgent, item("urgent", 0));

        NodeFixture.await(
            "the waiting item to be overdue",
            Duration.ofSeconds(10),
            () -> node.scrapeMetrics().contains("ferry_queue_overdue 1.0"));
        awaitEnded(fixture, 2);
        assertThat(node.scrapeMetrics())
            .contains("ferry_queue_overdue 0.0")
            .contains("ferry_transactions_late_total{process=\"urgent\"} 1.0");
      }
    }
  }

  private static FerryNode oneWorkerNode(NodeFixture fixture) {
    NodeSettings settings = NodeSettings.builder().workers(1).httpPort(-1).build();
    FerryNode node = new FerryNode(fixture.engine, List.of(), settings);
    node.start();
    return node;
  }

  private static void awaitEnded(NodeFixture fixture, int count) throws InterruptedException {
    NodeFixture.await(
        count + " transactions to end",
        Duration.ofSeconds(30),
        () -> fixture.transactions().stream().filter(t -> t.status().isFinal()).count() == count);
  }

  private static List<String> inOrderOfStart(NodeFixture fixture) {
    return fixture.transactions().stream()
        .sorted(Comparator.comparing(TransactionRecord::startedAt))
        .map(t -> t.businessKey() + " " + t.priority())
        .toList();
  }

  private static TransactionRecord byKey(NodeFixture fixture, String key) {
    return fixture.transactions().stream()
        .filter(t -> key.equals(t.businessKey()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no transaction with business key " + key));
  }

  private static WorkItem item(String key, int priority) {
    return new WorkItem(Map.of(), key, Map.of(), priority);
  }
}
