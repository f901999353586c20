package dev.ferry.app;

import dev.ferry.engine.Resolution;
import dev.ferry.engine.RunOptions;
import dev.ferry.engine.TransactionResult;
import dev.ferry.engine.spi.TransactionId;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ferry resolve TX}: an operator's decision about a transaction in doubt. */
@Command(
    name = "resolve",
    description = "Decide about a transaction that is IN_DOUBT, then let it carry on.")
final class ResolveCommand implements Callable<Integer> {
  @Parameters(paramLabel = "TX", description = "The transaction in doubt.")
  String id;

  @ArgGroup(multiplicity = "1")
  Decision decision;

  static final class Decision {
    @Option(names = "--retry-step", description = "The step did not take effect: run it again.")
    boolean retry;

    @Option(names = "--skip-step", description = "The step did take effect: carry on after it.")
    boolean skip;

    @Option(names = "--fail", description = "Give up: the transaction fails.")
    boolean fail;

    Resolution resolution() {
      return retry ? Resolution.RETRY_STEP : skip ? Resolution.SKIP_STEP : Resolution.FAIL;
    }
  }

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
              .resolve(
                  new TransactionId(id),
                  decision.resolution(),
                  operator.name,
                  RunOptions.DEFAULT.withListener(ProgressDisplay.forConsole()));
      TransactionPrinter.print(
          started.ledger(), started.ledger().transaction(result.id()).orElseThrow(), false, out);
      out.printf("%nResolved by %s: %s%n", operator.name, result.status());
    }
    return 0;
  }
}
