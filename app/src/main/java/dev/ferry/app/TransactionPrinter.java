package dev.ferry.app;

import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.StepRecord;
import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.spi.Evidence;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;

/** Prints a transaction and its steps for people. */
final class TransactionPrinter {
  private TransactionPrinter() {}

  static void print(Ledger ledger, TransactionRecord tx, boolean withDetails, PrintWriter out) {
    out.printf("Transaction %s%n", tx.id());
    out.printf("  process   %s v%d%n", tx.definitionName(), tx.definitionVersion());
    out.printf("  status    %s%s%n", tx.status(), tx.dryRun() ? " (dry run)" : "");
    if (tx.businessKey() != null) {
      out.printf("  key       %s%n", tx.businessKey());
    }
    out.printf("  started   %s%n", tx.startedAt());
    out.printf("  ended     %s (%s)%n", tx.endedAt(), duration(tx.startedAt(), tx.endedAt()));
    if (tx.errorCode() != null) {
      out.printf("  error     %s: %s%n", tx.errorCode(), tx.errorMessage());
    }
    out.printf("  inputs    %s%n%n", tx.inputsJson());
    TextTable table =
        new TextTable("#", "step", "action", "app", "outcome", "try", "time", "detail");
    for (StepRecord step : ledger.steps(tx.id())) {
      table.row(
          step.seq(),
          step.stepPath(),
          step.action(),
          step.application(),
          step.outcome(),
          step.attempt(),
          duration(step.startedAt(), step.endedAt()),
          step.errorCode() != null
              ? step.errorCode() + ": " + step.errorMessage()
              : step.inputJson());
    }
    table.print(out);
    if (withDetails) {
      printDetails(ledger, tx, out);
    }
    out.flush();
  }

  private static void printDetails(Ledger ledger, TransactionRecord tx, PrintWriter out) {
    for (StepRecord step : ledger.steps(tx.id())) {
      out.printf(
          "%n#%d %s (%s)%n  input:  %s%n  output: %s%n",
          step.seq(), step.stepPath(), step.outcome(), step.inputJson(), step.outputJson());
      for (Evidence evidence : ledger.evidence(tx.id(), step.seq())) {
        if (evidence.mediaType().startsWith("text/")) {
          out.printf(
              "  %s %s:%n%s%n",
              evidence.kind(), evidence.label(), evidence.contentAsText().indent(4));
        } else {
          out.printf(
              "  %s %s: %s, %d bytes%n",
              evidence.kind(), evidence.label(), evidence.mediaType(), evidence.content().length);
        }
      }
    }
    out.printf("%nfinal variables: %s%n", tx.variablesJson());
  }

  static String duration(Instant start, Instant end) {
    if (start == null || end == null) {
      return "-";
    }
    Duration d = Duration.between(start, end);
    return d.toMillis() < 10_000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
  }
}
