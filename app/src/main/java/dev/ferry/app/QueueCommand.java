package dev.ferry.app;

import dev.ferry.engine.QueueOrder;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.ledger.TransactionStatus;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ferry queue}: the transactions that have not ended: those running, those waiting to run
 * (in the order they will be taken, {@link QueueOrder}), and those waiting for an operator; with
 * their deadlines.
 */
@Command(
    name = "queue",
    description =
        "List the transactions that are running, waiting to run, or waiting for an operator.")
final class QueueCommand implements Callable<Integer> {
  private static final int LIMIT = 1000;

  @Mixin NodeOptions node;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Instant now = Instant.now();
    try (Ledger ledger = node.openLedger()) {
      List<TransactionRecord> unfinished = new ArrayList<>();
      unfinished.addAll(ledger.transactions(TransactionStatus.RUNNING, LIMIT));
      unfinished.addAll(
          ledger.transactions(TransactionStatus.QUEUED, LIMIT).stream()
              .sorted(
                  QueueOrder.of(TransactionRecord::priority, TransactionRecord::dueAt)
                      .thenComparing(TransactionRecord::createdAt))
              .toList());
      unfinished.addAll(ledger.transactions(TransactionStatus.IN_DOUBT, LIMIT));
      TextTable table =
          new TextTable(
              "id", "process", "status", "priority", "due", "business key", "age", "at step");
      for (TransactionRecord tx : unfinished) {
        table.row(
            tx.id(),
            tx.definitionName() + " v" + tx.definitionVersion(),
            status(tx),
            tx.priority(),
            due(tx, now),
            tx.businessKey(),
            age(Duration.between(tx.createdAt(), now)),
            tx.currentStep());
      }
      table.print(out);
      out.printf(
          "%d running, %d waiting to run, %d waiting for an operator, %d overdue%n",
          unfinished.stream().filter(t -> t.status() == TransactionStatus.RUNNING).count(),
          unfinished.stream().filter(t -> t.status() == TransactionStatus.QUEUED).count(),
          unfinished.stream().filter(t -> t.status() == TransactionStatus.IN_DOUBT).count(),
          unfinished.stream().filter(t -> t.overdue(now)).count());
    }
    return 0;
  }

  private static String status(TransactionRecord tx) {
    if (tx.status() == TransactionStatus.IN_DOUBT) {
      return "IN_DOUBT (ferry resolve)";
    }
    return tx.stopRequested() == null
        ? tx.status().name()
        : tx.status() + " (stop asked by " + tx.stopRequested() + ")";
  }

  /** "in 3 h 5 min", "OVERDUE 12 min", or empty without a deadline. */
  static String due(TransactionRecord tx, Instant now) {
    if (tx.dueAt() == null) {
      return "";
    }
    return tx.overdue(now)
        ? "OVERDUE " + age(Duration.between(tx.dueAt(), now))
        : "in " + age(Duration.between(now, tx.dueAt()));
  }

  /** 45 s, 12 min, 3 h 5 min, 2 d 4 h. */
  static String age(Duration age) {
    long seconds = Math.max(0, age.toSeconds());
    if (seconds < 60) {
      return seconds + " s";
    }
    if (seconds < 3600) {
      return seconds / 60 + " min";
    }
    if (seconds < 86_400) {
      return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }
    return seconds / 86_400 + " d " + seconds % 86_400 / 3600 + " h";
  }
}
