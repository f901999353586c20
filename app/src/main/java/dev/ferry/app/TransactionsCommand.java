package dev.ferry.app;

import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.ledger.TransactionStatus;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ferry transactions}: what ran, newest first. */
@Command(name = "transactions", description = "List transactions, newest first.")
final class TransactionsCommand implements Callable<Integer> {
  @Option(names = "--status", description = "Only this status: ${COMPLETION-CANDIDATES}.")
  TransactionStatus status;

  @Option(names = "--limit", defaultValue = "50", description = "At most this many (default 50).")
  int limit;

  @Mixin NodeOptions node;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Ledger ledger = node.openLedger()) {
      List<TransactionRecord> list = ledger.transactions(status, limit);
      TextTable table =
          new TextTable(
              "id", "process", "status", "business key", "created", "time", "steps", "error");
      for (TransactionRecord tx : list) {
        table.row(
            tx.id(),
            tx.definitionName() + " v" + tx.definitionVersion(),
            tx.status() + (tx.dryRun() ? " (dry)" : ""),
            tx.businessKey(),
            tx.createdAt(),
            TransactionPrinter.duration(tx.startedAt(), tx.endedAt()),
            tx.lastStepSeq(),
            tx.errorCode());
      }
      table.print(out);
      out.printf("%d transaction%s%n", list.size(), list.size() == 1 ? "" : "s");
    }
    return 0;
  }
}
