package dev.ferry.engine.internal;

import dev.ferry.engine.StepOutcome;
import dev.ferry.engine.expr.ValueCodec;
import dev.ferry.engine.ledger.StepRecord;
import dev.ferry.engine.model.RetryPolicy;
import dev.ferry.engine.model.Step;

/**
 * Decides, when a transaction resumes, what to do with a step the ledger already knows: skip it and
 * restore the variables it set, fail again the way it failed, or run it (again).
 *
 * <p>A step that had started but never finished is in doubt. It is run again when it is idempotent,
 * or when its {@code verify:} read-back shows its effect is absent; it counts as done when the
 * read-back shows its effect is present; otherwise the transaction waits for an operator.
 */
final class Replay {
  /** What to do with the step. */
  sealed interface Decision {}

  /** Done before the restart; its variables are restored. */
  record Done() implements Decision {}

  /** Ended for good before the restart; end the transaction the same way. */
  record Failed(StepOutcome outcome) implements Decision {}

  /** Run it, starting at this attempt number. */
  record Run(int attempt) implements Decision {}

  private final TransactionRun run;
  private final StepRunner steps;

  Replay(TransactionRun run, StepRunner steps) {
    this.run = run;
    this.steps = steps;
  }

  Decision decide(Step.ActionStep step, String path, ResolvedAction target, RetryPolicy policy) {
    StepRecord last = run.lastRecord(path);
    if (last == null) {
      return new Run(1);
    }
    return switch (last.outcome()) {
      case "SUCCEEDED", "VERIFIED", "SKIPPED_BY_OPERATOR" -> restore(last, step, target);
      case "BUSINESS_FAILED" ->
          new Failed(StepOutcome.businessFailed(last.errorCode(), last.errorMessage()));
      case "SYSTEM_FAILED" ->
          last.attempt() >= policy.attempts()
              ? new Failed(StepOutcome.systemFailed(last.errorCode(), last.errorMessage(), false))
              : new Run(last.attempt() + 1);
      case "CANCELLED" -> new Failed(StepOutcome.cancelled(last.errorMessage()));
      case "IN_DOUBT" -> new Failed(new StepOutcome.InDoubt(last.errorMessage()));
      case "STARTED" -> inDoubt(step, path, target, last);
      default -> new Run(last.attempt() + 1);
    };
  }

  private Decision restore(StepRecord last, Step.ActionStep step, ResolvedAction target) {
    if (last.variablesDelta() != null) {
      run.variables.putAll(ValueCodec.decode(last.variablesDelta()));
    }
    if (target.action().signsOn() && target.app() != null) {
      run.pendingSignOns.put(target.app().name(), step);
    }
    return new Done();
  }

  private Decision inDoubt(
      Step.ActionStep step, String path, ResolvedAction target, StepRecord last) {
    if (target.idempotentIn(step)) {
      run.closeInterrupted(
          last,
          "INTERRUPTED",
          "the node stopped during this step; it is idempotent, so it runs again");
      return new Run(last.attempt() + 1);
    }
    if (step.verify() != null) {
      StepRunner.Effect effect = steps.verifyEffect(step, path, target);
      if (effect == StepRunner.Effect.PRESENT) {
        run.closeInterrupted(
            last, "VERIFIED", "the node stopped during this step; verify: shows it took effect");
        return new Done();
      }
      if (effect == StepRunner.Effect.ABSENT) {
        run.closeInterrupted(
            last,
            "INTERRUPTED",
            "the node stopped during this step; verify: shows it did not take effect, so it runs again");
        return new Run(last.attempt() + 1);
      }
    }
    String reason =
        "step "
            + path
            + " ("
            + step.action()
            + ") started but the node stopped before it finished, so it may or may not have taken"
            + " effect. It is not idempotent"
            + (step.verify() == null
                ? " and has no verify: read-back"
                : " and its verify: read-back failed")
            + ". Check the application, then run: ferry resolve "
            + run.id
            + " --retry-step (it did not happen), --skip-step (it did) or --fail";
    run.closeInterrupted(last, "IN_DOUBT", reason);
    return new Failed(new StepOutcome.InDoubt(reason));
  }
}
