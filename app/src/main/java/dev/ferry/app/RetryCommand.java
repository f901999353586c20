package dev.ferry.app;

import dev.ferry.engine.RunOptions;
import dev.ferry.engine.TransactionResult;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.spi.TransactionId;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ferry retry TX}: one more attempt at the step that failed a transaction, then onwards. */
@Command(
    name = "retry",
    description =
        "Give a FAILED transaction one more attempt at the step that failed it, and carry on from"
            + " there.")
final class RetryCommand implements Callable<Integer> {
  @Parameters(paramLabel = "TX", description = "The failed transaction.")
  String id;

  @Mixin OperatorOption operator;

  @Mixin NodeOptions node;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (NodeOptions.Node started = node.startEngine()) {
      TransactionResult result =
          started
              .engine()
              .retry(
                  new TransactionId(id),
                  operator.name,
                  RunOptions.DEFAULT.withListener(ProgressDisplay.forConsole()));
      TransactionPrinter.print(
          started.ledger(), started.ledger().transaction(result.id()).orElseThrow(), false, out);
      out.printf("%nRetried by %s: %s%n", operator.name, result.status());
      return result.status() == TransactionStatus.SUCCEEDED ? 0 : Ferry.FAILED;
    }
  }
}
