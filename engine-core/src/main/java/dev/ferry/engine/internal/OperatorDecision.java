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
 * Records what an operator decides about a transaction (resolve one in doubt, retry one that
 * failed, cancel one that waits): in its audit chain, and, when a step is to run again or be
 * skipped, as a step record that the replay on resume reads ({@code RETRY_REQUESTED} or {@code
 * SKIPPED_BY_OPERATOR}).
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
    decideStep(ledger, tx, steps, doubt, outcome, operator, now);
    ledger.changeStatus(tx.id(), TransactionStatus.QUEUED, operator, "resolved: " + outcome);
  }

  /**
   * Records that an operator retries a transaction that FAILED: the step that failed it (a system
   * failure, or a step in doubt that an operator failed) gets one more attempt when it resumes.
   *
   * @throws FerryException when it did not fail, or failed outside any step
   */
  public static void retry(Ledger ledger, TransactionRecord tx, String operator, Instant now) {
    if (tx.status() != TransactionStatus.FAILED) {
      throw new FerryException(
          "transaction "
              + tx.id()
              + " is "
              + tx.status()
              + "; only a FAILED one can be retried"
              + (tx.status() == TransactionStatus.BUSINESS_FAILED
                  ? " (a business failure needs corrected data: submit a new work item)"
                  : tx.status() == TransactionStatus.IN_DOUBT ? " (use ferry resolve)" : ""));
    }
    List<StepRecord> steps = ledger.steps(tx.id());
    StepRecord failed =
        steps.stream()
            .filter(s -> "SYSTEM_FAILED".equals(s.outcome()) || "IN_DOUBT".equals(s.outcome()))
            .reduce((a, b) -> b)
            .orElseThrow(
                () ->
                    new FerryException(
                        "transaction "
                            + tx.id()
                            + " failed outside any step ("
                            + tx.errorCode()
                            + "), so there is no step to retry; submit the work item again"));
    ledger.recordOperatorAction(tx.id(), operator, "retry", failed.stepPath());
    decideStep(ledger, tx, steps, failed, "RETRY_REQUESTED", operator, now);
    ledger.changeStatus(tx.id(), TransactionStatus.QUEUED, operator, "retry " + failed.stepPath());
  }

  /**
   * Records that an operator cancels a transaction that waits (QUEUED or IN_DOUBT), or one left
   * RUNNING by a node that stopped, when {@code interrupted} says no node runs it any more. For a
   * RUNNING one that is not said to be interrupted, records a request to stop it, which the node
   * running it (or resuming it) carries out before its next step.
   *
   * @throws FerryException when it has ended, or stopped running while the request was made
   */
  public static void cancel(
      Ledger ledger,
      TransactionRecord tx,
      boolean interrupted,
      String operator,
      String reason,
      Instant now) {
    if (tx.status().isFinal()) {
      throw new FerryException(
          "transaction " + tx.id() + " has already ended " + tx.status() + "; nothing to cancel");
    }
    String detail = reason == null || reason.isBlank() ? "no reason given" : reason;
    if (tx.status() == TransactionStatus.RUNNING && !interrupted) {
      if (!ledger.requestStop(tx.id(), operator, detail)) {
        throw new FerryException(
            "transaction " + tx.id() + " is no longer RUNNING; look at it and cancel it again");
      }
      return;
    }
    ledger.recordOperatorAction(tx.id(), operator, "cancel", detail);
    ledger.transactionFinished(
        tx.id(),
        TransactionStatus.CANCELLED,
        now,
        tx.variablesJson(),
        null,
        "CANCELLED_BY_OPERATOR",
        "cancelled by " + operator + " when it was " + tx.status() + ": " + detail);
  }

  /** Adds a record for the step that the replay on resume reads as the operator's decision. */
  private static void decideStep(
      Ledger ledger,
      TransactionRecord tx,
      List<StepRecord> steps,
      StepRecord step,
      String outcome,
      String operator,
      Instant now) {
    int seq = steps.stream().mapToInt(StepRecord::seq).max().orElse(0) + 1;
    StepRecord started =
        TransactionRun.startedRecord(
            seq,
            step.stepPath(),
            step.stepId(),
            step.action(),
            step.application(),
            null,
            step.attempt(),
            now);
    ledger.stepStarted(tx.id(), started);
    ledger.stepFinished(
        tx.id(),
        started.ended(outcome, null, null, null, "decided by " + operator, now),
        List.of());
  }
}
