package dev.ferry.engine.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.engine.audit.AuditChain;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.LedgerConfig;
import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.ledger.internal.HibernateLedger;
import dev.ferry.engine.testing.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a node with SIGKILL at random points, twenty times, while it runs transactions of a 50-step
 * definition that posts to an external journal, and restarts it each time. Afterwards every
 * transaction has succeeded or waits in doubt, nothing was posted twice and none is lost.
 */
@Tag("slow")
class CrashResumeIT {
  static final int ITEMS = 40;
  static final int KILLS = 20;

  @TempDir Path dir;

  /**
   * H2 loses its last commits now and then when killed (docs/engine.md, "H2 and a killed node");
   * the ledger's intent log is what keeps a lost step start from running the step again here.
   */
  @Test
  void survivesTwentySigkillsOnH2WithoutLosingOrDoublingWork() throws Exception {
    LedgerConfig ledger = LedgerConfig.h2File(dir);
    Path journal = dir.resolve("journal.txt");

    int kills = crashAndRecover(journal, ledger.jdbcUrl(), "sa", new Random(7));

    assertThat(kills).isEqualTo(KILLS);
    checkOutcome(journal, ledger);
  }

  @Test
  void survivesTwentySigkillsOnPostgresqlWithoutLosingOrDoublingWork() throws Exception {
    LedgerConfig ledger = EmbeddedPostgres.freshDatabase();
    Path journal = dir.resolve("journal.txt");

    int kills = crashAndRecover(journal, ledger.jdbcUrl(), ledger.username(), new Random(11));

    assertThat(kills).isEqualTo(KILLS);
    checkOutcome(journal, ledger);
  }

  /** Starts the worker, kills it at a random moment after it is ready, again and again. */
  static int crashAndRecover(Path journal, String jdbcUrl, String user, Random random)
      throws Exception {
    int kills = 0;
    while (kills < KILLS) {
      Process worker = start(journal, jdbcUrl, user);
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8));
      String line;
      do {
        line = out.readLine();
      } while (line != null && !line.equals("ready"));
      assertThat(line).as("the worker says it is ready").isEqualTo("ready");
      Thread.sleep(50 + random.nextInt(1200));
      if (!worker.isAlive()) {
        break;
      }
      worker.destroyForcibly();
      assertThat(worker.waitFor(30, TimeUnit.SECONDS)).isTrue();
      kills++;
    }
    Process last = start(journal, jdbcUrl, user);
    assertThat(last.waitFor(10, TimeUnit.MINUTES)).as("the last run finishes").isTrue();
    String output = new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(last.exitValue()).as(output).isZero();
    assertThat(output).contains("done");
    return kills;
  }

  private static Process start(Path journal, String jdbcUrl, String user) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CrashWorker.class.getName());
    command.add(journal.toString());
    command.add(jdbcUrl);
    command.add(String.valueOf(ITEMS));
    command.add(user);
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** Every transaction succeeded or is in doubt; no post happened twice; none is missing. */
  static void checkOutcome(Path journal, LedgerConfig config) throws Exception {
    List<String> lines = Files.readAllLines(journal);
    Map<String, Long> posts =
        lines.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    List<String> postedTwice =
        posts.entrySet().stream()
            .filter(e -> e.getValue() > 1)
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    assertThat(postedTwice).as("posted twice").isEmpty();
    try (Ledger ledger = HibernateLedger.open(config)) {
      List<TransactionRecord> all = ledger.transactionsSince(Instant.EPOCH);
      assertThat(all).as("one transaction per work item").hasSize(ITEMS);
      for (TransactionRecord tx : all) {
        assertThat(tx.status())
            .as(tx.id() + " " + tx.errorMessage())
            .isIn(TransactionStatus.SUCCEEDED, TransactionStatus.IN_DOUBT);
        long postsOfTx = posts.keySet().stream().filter(k -> k.startsWith(tx.id() + "/")).count();
        if (tx.status() == TransactionStatus.SUCCEEDED) {
          assertThat(postsOfTx).as("posts of " + tx.id()).isEqualTo(postSteps());
        }
      }
      assertThat(new AuditChain(ledger).verifyAll().problem()).isNull();
    }
  }

  private static long postSteps() {
    long count = 0;
    for (int i = 0; i < CrashWorker.STEPS; i++) {
      if (CrashWorker.StepKind.values()[i % 3] != CrashWorker.StepKind.READ) {
        count++;
      }
    }
    return count;
  }
}
