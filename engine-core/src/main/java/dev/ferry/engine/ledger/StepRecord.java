package dev.ferry.engine.ledger;

import java.time.Instant;

/**
 * One attempt of one step, as the ledger holds it. Input and output are redacted JSON.
 *
 * @param seq the attempt's position in the transaction, from 1
 * @param stepPath where the step is in the definition, unique per execution, such as {@code
 *     lines[2]/fill-item}
 * @param outcome a {@link dev.ferry.engine.StepOutcome} kind: STARTED while it runs
 * @param variablesDelta the variables the step changed, as JSON, for resuming
 * @param endedAt null while it runs
 */
public record StepRecord(
    int seq,
    String stepPath,
    String stepId,
    String action,
    String application,
    String inputJson,
    String outputJson,
    String variablesDelta,
    String outcome,
    String errorCode,
    String errorMessage,
    int attempt,
    Instant startedAt,
    Instant endedAt) {

  /** This attempt as it ended: the same step, input and start, with how and when it ended. */
  public StepRecord ended(
      String outcome,
      String outputJson,
      String variablesDelta,
      String errorCode,
      String errorMessage,
      Instant endedAt) {
    return new StepRecord(
        seq,
        stepPath,
        stepId,
        action,
        application,
        inputJson,
        outputJson,
        variablesDelta,
        outcome,
        errorCode,
        errorMessage,
        attempt,
        startedAt,
        endedAt);
  }
}
