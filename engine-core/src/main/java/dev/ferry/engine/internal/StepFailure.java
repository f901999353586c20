package dev.ferry.engine.internal;

import dev.ferry.engine.StepOutcome;

/** Unwinds the walk of a transaction's steps when a step fails for good. */
final class StepFailure extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient StepOutcome outcome;
  private final String stepPath;

  StepFailure(StepOutcome outcome, String stepPath) {
    super(outcome.kind() + " at " + stepPath, null, false, false);
    this.outcome = outcome;
    this.stepPath = stepPath;
  }

  StepOutcome outcome() {
    return outcome;
  }

  String stepPath() {
    return stepPath;
  }
}
