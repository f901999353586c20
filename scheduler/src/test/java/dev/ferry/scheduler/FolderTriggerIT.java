package dev.ferry.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.ledger.TransactionStatus;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files dropped into watched folders: one written slowly, one copy of it, and one for a process
 * that fails.
 */
class FolderTriggerIT {
  @TempDir Path data;

  @Test
  void aSlowlyWrittenFileIsTakenOnceWhenCompleteAndMovedAfterwards() throws Exception {
    Path work = Files.createDirectories(data.resolve("work"));
    Path incoming = Files.createDirectories(work.resolve("incoming"));
    Path rejects = Files.createDirectories(work.resolve("rejects"));
    try (NodeFixture fixture = new NodeFixture(data)) {
      var takes =
          fixture.definition(
              """
              process: statement-intake
              version: 1
              trigger:
                folder: { path: incoming, pattern: "*.csv", settle: 600ms }
              steps:
                - id: note
                  action: log
                  with: { message: "took ${trigger.name}, ${trigger.document.size} bytes" }
              """);
      var refuses =
          fixture.definition(
              """
              process: reject-intake
              version: 1
              trigger:
                folder: { path: rejects, settle: 300ms }
              steps:
                - id: refuse
                  action: fail
                  with: { code: NOT_OURS, message: "not one of our statements" }
              """);
      NodeSettings settings = NodeSettings.builder().workers(2).httpPort(-1).build();
      try (FerryNode node = new FerryNode(fixture.engine, List.of(takes, refuses), settings)) {
        node.start();
        Path slow = incoming.resolve("statement.csv");
        int lines = 8;
        try (OutputStream out = Files.newOutputStream(slow)) {
          for (int i = 0; i < lines; i++) {
            out.write(
                ("2026-11-0" + (i % 9 + 1) + ";12.50;line " + i + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(250);
          }
        }
        long fullSize = Files.size(slow);
        Files.writeString(incoming.resolve("ignored.txt"), "not a csv");
        Files.writeString(rejects.resolve("junk.bin"), "junk");
        NodeFixture.await(
            "the statement to be processed",
            Duration.ofSeconds(20),
            () -> Files.exists(incoming.resolve("processed/statement.csv")));
        Files.copy(incoming.resolve("processed/statement.csv"), incoming.resolve("again.csv"));
        NodeFixture.await(
            "the copy and the reject to be moved",
            Duration.ofSeconds(20),
            () ->
                Files.exists(incoming.resolve("processed/again.csv"))
                    && Files.exists(rejects.resolve("failed/junk.bin")));

        List<TransactionRecord> all = fixture.transactions();
        assertThat(all).hasSize(2);
        TransactionRecord statement =
            all.stream()
                .filter(t -> t.definitionName().equals("statement-intake"))
                .findFirst()
                .orElseThrow();
        assertThat(statement.status()).isEqualTo(TransactionStatus.SUCCEEDED);
        assertThat(statement.businessKey()).startsWith("sha256:");
        assertThat(statement.variablesJson()).contains("\"size\":" + fullSize);
        TransactionRecord reject =
            all.stream()
                .filter(t -> t.definitionName().equals("reject-intake"))
                .findFirst()
                .orElseThrow();
        assertThat(reject.status()).isEqualTo(TransactionStatus.BUSINESS_FAILED);
        assertThat(reject.errorCode()).isEqualTo("NOT_OURS");
        assertThat(incoming.resolve("ignored.txt")).exists();
        assertThat(node.health().healthy()).isTrue();
      }
    }
  }
}
