package dev.ferry.app;

import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.spi.TransactionId;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ferry cancel TX}: a transaction that waits will never run on. */
@Command(
    name = "cancel",
    description =
        "Cancel a transaction that waits to run or waits for an operator, so that it never runs"
            + " on.")
final class CancelCommand implements Callable<Integer> {
  @Parameters(paramLabel = "TX", description = "The transaction to cancel.")
  String id;

  @Option(names = "--reason", description = "Why, for the audit trail.")
  String reason;

  @Option(
      names = "--interrupted",
      description =
          "Also cancel a RUNNING transaction: say so only when the node that ran it has stopped.")
  boolean interrupted;

  @Mixin OperatorOption operator;

  @Mixin NodeOptions node;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (NodeOptions.Node started = node.startEngine()) {
      TransactionRecord tx =
          started.engine().cancel(new TransactionId(id), interrupted, operator.name, reason);
      out.printf("%s is %s: %s%n", tx.id(), tx.status(), tx.errorMessage());
    }
    return 0;
  }
}
