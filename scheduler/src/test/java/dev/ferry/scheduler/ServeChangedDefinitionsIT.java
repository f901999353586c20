package dev.ferry.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.model.ProcessDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running node takes up new versions of its definitions: one with the same trigger keeps it and
 * hands later work to the new version; one with a changed trigger gets a new trigger; one no longer
 * given stops.
 */
class ServeChangedDefinitionsIT {
  @TempDir Path data;

  private static String statementIntake(int version, String folder, String code) {
    return """
        process: statement-intake
        version: %d
        trigger:
          folder: { path: %s, pattern: "*.csv", settle: 200ms }
        steps:
          - id: note
            action: set
            with: { variables: { code: "%s" } }
        """
        .formatted(version, folder, code);
  }

  @Test
  void aRunningNodeServesNewVersionsAndStopsDefinitionsNoLongerGiven() throws Exception {
    Path work = Files.createDirectories(data.resolve("work"));
    Path incoming = Files.createDirectories(work.resolve("incoming"));
    Path inbox = Files.createDirectories(work.resolve("inbox"));
    try (NodeFixture fixture = new NodeFixture(data)) {
      ProcessDefinition v1 = fixture.definition(statementIntake(1, "incoming", "first"));
      ProcessDefinition v2 = fixture.definition(statementIntake(2, "incoming", "second"));
      ProcessDefinition v3 = fixture.definition(statementIntake(3, "inbox", "third"));
      NodeSettings settings = NodeSettings.builder().workers(1).httpPort(-1).build();
      try (FerryNode node = new FerryNode(fixture.engine, List.of(v1), settings)) {
        node.start();
        assertThat(take(fixture, incoming, "a.csv").definitionVersion()).isEqualTo(1);

        assertThat(node.serve(List.of(v2)))
            .containsExactly("statement-intake: version 1 replaced by 2");
        TransactionRecord second = take(fixture, incoming, "b.csv");
        assertThat(second.definitionVersion()).isEqualTo(2);
        assertThat(second.variablesJson()).contains("second");

        assertThat(node.serve(List.of(v3)))
            .containsExactly("statement-intake: version 2 replaced by 3");
        assertThat(take(fixture, inbox, "c.csv").definitionVersion()).isEqualTo(3);
        assertThat(node.serve(List.of(v3))).as("an unchanged definition changes nothing").isEmpty();

        assertThat(node.serve(List.of())).containsExactly("statement-intake: no longer served");
        assertThat(node.served()).isEmpty();
      }
    }
  }

  @Test
  void aDefinitionTheNodeCannotServeChangesNothing() throws Exception {
    try (NodeFixture fixture = new NodeFixture(data)) {
      ProcessDefinition served = fixture.definition(statementIntake(1, "incoming", "first"));
      ProcessDefinition mail =
          fixture.definition(
              """
              process: mail-intake
              version: 1
              trigger:
                mailbox: { account: ap }
              steps:
                - action: log
                  with: { message: hi }
              """);
      NodeSettings settings = NodeSettings.builder().workers(1).httpPort(-1).build();
      try (FerryNode node = new FerryNode(fixture.engine, List.of(served), settings)) {
        node.start();
        assertThat(node.problem(mail))
            .hasValueSatisfying(p -> assertThat(p).contains("mail account 'ap'"));

        assertThatThrownBy(() -> node.serve(List.of(mail)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("not configured");
        assertThat(node.served()).containsOnlyKeys("statement-intake");
      }
    }
  }

  private static TransactionRecord take(NodeFixture fixture, Path folder, String name)
      throws Exception {
    Files.writeString(folder.resolve(name), "file;amount\n" + name + ";12.50\n");
    NodeFixture.await(
        name + " to be processed",
        Duration.ofSeconds(30),
        () -> Files.exists(folder.resolve("processed").resolve(name)));
    return fixture.transactions().stream()
        .filter(t -> t.status() == TransactionStatus.SUCCEEDED)
        .filter(t -> t.variablesJson().contains(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no transaction took " + name));
  }
}
