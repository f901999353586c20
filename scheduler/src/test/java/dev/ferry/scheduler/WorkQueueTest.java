package dev.ferry.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.engine.WorkItem;
import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.model.ProcessDefinition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Work that waits for a worker runs highest priority first, then in the order it came. */
class WorkQueueTest {
  @TempDir Path data;

  private static String definition(String name, int priority, String wait) {
    return """
        process: %s
        version: 1
        priority: %d
        steps:
          - id: work
            action: wait
            with: { duration: %s }
        """
        .formatted(name, priority, wait);
  }

  @Test
  void waitingWorkRunsByPriorityThenInOrderOfArrival() throws Exception {
    try (NodeFixture fixture = new NodeFixture(data)) {
      ProcessDefinition blocker = fixture.definition(definition("blocker", 0, "2s"));
      ProcessDefinition routine = fixture.definition(definition("routine", 0, "1ms"));
      ProcessDefinition urgent = fixture.definition(definition("urgent", 9, "1ms"));
      NodeSettings settings = NodeSettings.builder().workers(1).httpPort(-1).build();
      try (FerryNode node = new FerryNode(fixture.engine, List.of(), settings)) {
        node.start();
        node.submit(blocker, item("blocker", 0));
        node.submit(routine, item("routine-first", 0));
        node.submit(routine, item("routine-second", 0));
        node.submit(routine, item("routine-raised", 5));
        node.submit(urgent, item("urgent", 0));

        NodeFixture.await(
            "five transactions to end",
            Duration.ofSeconds(30),
            () -> fixture.transactions().stream().filter(t -> t.status().isFinal()).count() == 5);
      }
      assertThat(
              fixture.transactions().stream()
                  .sorted(Comparator.comparing(TransactionRecord::startedAt))
                  .map(t -> t.businessKey() + " " + t.priority()))
          .containsExactly(
              "blocker 0", "urgent 9", "routine-raised 5", "routine-first 0", "routine-second 0");
    }
  }

  private static WorkItem item(String key, int priority) {
    return new WorkItem(Map.of(), key, Map.of(), priority);
  }
}
