package dev.ferry.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.engine.EngineConfig;
import dev.ferry.engine.FerryEngine;
import dev.ferry.engine.RunOptions;
import dev.ferry.engine.WorkItem;
import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.model.ProcessDefinition;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cron schedules run by Quartz, and what happens to fire times missed while no node was up. */
class ScheduleTriggerIT {
  @TempDir Path data;

  private static String definition(String cron, String misfire) {
    return """
        process: nightly-report
        version: 1
        trigger:
          schedule: { cron: "%s", time-zone: UTC, misfire: %s }
        steps:
          - id: note
            action: log
            with: { message: "scheduled for ${trigger.scheduledAt}, misfired: ${trigger.misfired}" }
        """
        .formatted(cron, misfire);
  }

  @Test
  void aCronScheduleRunsOncePerFireTime() throws Exception {
    try (NodeFixture fixture = new NodeFixture(data)) {
      ProcessDefinition everySecond = fixture.definition(definition("* * * * * ?", "skip"));
      NodeSettings settings = NodeSettings.builder().workers(2).httpPort(-1).build();
      try (FerryNode node = new FerryNode(fixture.engine, List.of(everySecond), settings)) {
        node.start();
        NodeFixture.await(
            "three runs", Duration.ofSeconds(10), () -> fixture.transactions().size() >= 3);
      }
      List<TransactionRecord> runs = fixture.transactions();
      assertThat(runs)
          .allSatisfy(t -> assertThat(t.businessKey()).startsWith("schedule:nightly-report:"));
      assertThat(runs.stream().map(TransactionRecord::businessKey).distinct()).hasSameSizeAs(runs);
      assertThat(runs)
          .allSatisfy(t -> assertThat(t.status()).isEqualTo(TransactionStatus.SUCCEEDED));
    }
  }

  @Test
  void runOnceMakesUpForMissedDaysWithOneRun() throws Exception {
    try (NodeFixture fixture = new NodeFixture(data)) {
      ProcessDefinition runOnce = fixture.definition(definition("0 0 5 * * ?", "run-once"));
      seedARunThreeDaysAgo(fixture, runOnce);
      NodeSettings settings = NodeSettings.builder().workers(1).httpPort(-1).build();
      try (FerryNode node = new FerryNode(fixture.engine, List.of(runOnce), settings)) {
        node.start();
        NodeFixture.await(
            "the catch-up run", Duration.ofSeconds(10), () -> fixture.transactions().size() == 2);
        Thread.sleep(500);
      }
      List<TransactionRecord> scheduled =
          fixture.transactions().stream()
              .filter(t -> t.businessKey().startsWith("schedule:"))
              .toList();
      assertThat(scheduled).hasSize(1);
      assertThat(scheduled.get(0).variablesJson())
          .contains("\"misfired\":true")
          .contains("05:00:00Z");
    }
  }

  @Test
  void skipDropsFireTimesMissedWhileNoNodeWasUp() throws Exception {
    try (NodeFixture fixture = new NodeFixture(data)) {
      ProcessDefinition skip = fixture.definition(definition("0 0 5 * * ?", "skip"));
      seedARunThreeDaysAgo(fixture, skip);
      NodeSettings settings = NodeSettings.builder().workers(1).httpPort(-1).build();
      try (FerryNode node = new FerryNode(fixture.engine, List.of(skip), settings)) {
        node.start();
        Thread.sleep(1_000);
      }
      assertThat(fixture.transactions()).hasSize(1);
    }
  }

  private void seedARunThreeDaysAgo(NodeFixture fixture, ProcessDefinition definition) {
    Clock past = Clock.fixed(Instant.now().minus(Duration.ofDays(3)), ZoneOffset.UTC);
    try (FerryEngine then =
        new FerryEngine(
            EngineConfig.builder(fixture.ledger).dataDirectory(data).clock(past).build())) {
      then.run(definition, new WorkItem(Map.of(), "by-hand", Map.of(), 0), RunOptions.DEFAULT);
    }
  }
}
