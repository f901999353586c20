package dev.ferry.app;

import dev.ferry.engine.StepOutcome;
import dev.ferry.engine.TransactionListener;
import dev.ferry.engine.TransactionResult;
import dev.ferry.engine.spi.TransactionId;
import java.io.PrintStream;

/**
 * Shows a running transaction's current step on one self-rewriting terminal line. Prints nothing
 * when the output is not a terminal, so logs and pipes stay clean.
 */
final class ProgressDisplay implements TransactionListener {
  private final PrintStream out;
  private final boolean enabled;
  private int finished;

  ProgressDisplay(PrintStream out, boolean enabled) {
    this.out = out;
    this.enabled = enabled;
  }

  static ProgressDisplay forConsole() {
    return new ProgressDisplay(System.err, System.console() != null);
  }

  @Override
  public void stepStarted(TransactionId id, String stepPath, String action) {
    show(String.format("[%4d steps] %s  %s ...", finished, stepPath, action));
  }

  @Override
  public void stepFinished(TransactionId id, String stepPath, StepOutcome outcome) {
    finished++;
    show(String.format("[%4d steps] %s  %s", finished, stepPath, outcome.kind()));
  }

  @Override
  public void transactionFinished(TransactionResult result) {
    if (enabled) {
      out.print("\r\033[2K");
      out.flush();
    }
  }

  private void show(String line) {
    if (enabled) {
      String shown = line.length() > 100 ? line.substring(0, 99) + "…" : line;
      out.print("\r\033[2K" + shown);
      out.flush();
    }
  }
}
