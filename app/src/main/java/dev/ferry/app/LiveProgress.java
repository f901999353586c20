package dev.ferry.app;

import dev.ferry.engine.ledger.TransactionRecord;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows transactions as they run, from the ledger: on a terminal, one line per transaction with its
 * status and current step, redrawn in place; elsewhere (a log, a pipe, CI), one line each time a
 * transaction starts or ends.
 */
final class LiveProgress {
  private final PrintWriter out;
  private final boolean terminal;
  private final Map<Object, String> shown = new HashMap<>();
  private int drawnLines;

  LiveProgress(PrintWriter out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  void show(List<TransactionRecord> transactions) {
    List<TransactionRecord> ordered =
        transactions.stream().sorted(Comparator.comparing(TransactionRecord::createdAt)).toList();
    if (terminal) {
      redraw(ordered);
    } else {
      ordered.forEach(this::printChange);
    }
    out.flush();
  }

  /** Leaves the last picture on screen. */
  void done() {
    drawnLines = 0;
    out.flush();
  }

  private void redraw(List<TransactionRecord> transactions) {
    if (drawnLines > 0) {
      out.print("\033[" + drawnLines + "A");
    }
    for (TransactionRecord tx : transactions) {
      out.print("\r\033[2K" + line(tx, true) + "\n");
    }
    drawnLines = transactions.size();
  }

  private void printChange(TransactionRecord tx) {
    String state = tx.status().isFinal() ? "ended" : tx.startedAt() != null ? "started" : null;
    if (state != null && !state.equals(shown.put(tx.id(), state))) {
      out.println(line(tx, false));
    }
  }

  private static String line(TransactionRecord tx, boolean withStep) {
    String outcome = tx.status() + (tx.errorCode() == null ? "" : " " + tx.errorCode());
    String step =
        tx.status().isFinal() || !withStep || tx.currentStep() == null
            ? ""
            : "  at " + tx.currentStep();
    return String.format("  %-42s %-24s %s%s", tx.businessKey(), tx.id(), outcome, step);
  }
}
