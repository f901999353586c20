package dev.ferry.engine.internal;

import dev.ferry.engine.Resolution;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.StepRecord;
import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.spi.FerryException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Records an operator's decision about a transaction in doubt: in its audit chain, and as a step
 * record that the replay on resume reads ({@code RETRY_REQUESTED} or {@code SKIPPED_BY_OPERATOR}).
 */
public final class OperatorDecision {
  private OperatorDecision() {}

  /** Records the decision; after {@link Resolution#FAIL} the transaction has ended FAILED. */
  public static void record(
      Ledger ledger, TransactionRecord tx, Resolution resolution, String operator, Instant now) {
    List<StepRecord> steps = ledger.steps(tx.id());
    StepRecord doubt =
        steps.stream()
            .filter(s -> "IN_DOUBT".equals(s.outcome()))
            .reduce((a, b) -> b)
            .orElseThrow(
                () -> new FerryException("transaction " + tx.id() + " has no step in doubt"));
    ledger.recordOperatorAction(
        tx.id(),
        operator,
        "resolve",
        resolution.name().toLowerCase(Locale.ROOT) + " " + doubt.stepPath());
    if (resolution == Resolution.FAIL) {
      ledger.transactionFinished(
          tx.id(),
          TransactionStatus.FAILED,
          now,
          tx.variablesJson(),
          "system",
          "FAILED_BY_OPERATOR",
          "an operator (" + operator + ") failed it at step " + doubt.stepPath());
      return;
    }
    String outcome = resolution == Resolution.SKIP_STEP ? "SKIPPED_BY_OPERATOR" : "RETRY_REQUESTED";
    int seq = steps.stream().mapToInt(StepRecord::seq).max().orElse(0) + 1;
    StepRecord started =
        TransactionRun.startedRecord(
            seq,
            doubt.stepPath(),
            doubt.stepId(),
            doubt.action(),
            doubt.application(),
            null,
            doubt.attempt(),
            now);
    ledger.stepStarted(tx.id(), started);
    ledger.stepFinished(
        tx.id(),
        started.ended(outcome, null, null, null, "decided by " + operator, now),
        List.of());
    ledger.changeStatus(tx.id(), TransactionStatus.QUEUED, operator, "resolved: " + outcome);
  }
}
