package dev.ferry.app;

import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.spi.TransactionId;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ferry show TX}: one transaction, step by step. */
@Command(name = "show", description = "Show one transaction step by step, with timings.")
final class ShowCommand implements Callable<Integer> {
  @Parameters(paramLabel = "TX", description = "The transaction id, such as tx-3f9a1c2b7d4e0a11.")
  String id;

  @Option(
      names = "--details",
      description = "Also print every step's input, output and text evidence.")
  boolean details;

  @Mixin NodeOptions node;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Ledger ledger = node.openLedger()) {
      var tx = ledger.transaction(new TransactionId(id));
      if (tx.isEmpty()) {
        out.printf(
            "No transaction %s in %s. List them with: ferry transactions%n",
            id, node.ledgerConfig().jdbcUrl());
        return Ferry.FAILED;
      }
      TransactionPrinter.print(ledger, tx.get(), details, out);
    }
    return 0;
  }
}
