package dev.ferry.app;

import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.spi.TransactionId;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ferry cancel TX}: a transaction that waits will never run on; a running one is stopped
 * before its next step.
 */
@Command(
    name = "cancel",
    description =
        "Cancel a transaction that waits to run or waits for an operator, so that it never runs"
            + " on; stop a running one before its next step.")
final class CancelCommand implements Callable<Integer> {
  @Parameters(paramLabel = "TX", description = "The transaction to cancel.")
  String id;

  @Option(names = "--reason", description = "Why, for the audit trail.")
  String reason;

  @Option(
      names = "--interrupted",
      description =
          "Cancel a RUNNING transaction at once, without waiting for a node to stop it: say so"
              + " only when the node that ran it has stopped.")
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
      if (tx.status() == TransactionStatus.RUNNING) {
        out.printf(
            "%s is RUNNING: the node running it stops it before its next step (asked: %s)%n",
            tx.id(), tx.stopRequested());
      } else {
        out.printf("%s is %s: %s%n", tx.id(), tx.status(), tx.errorMessage());
      }
    }
    return 0;
  }
}
