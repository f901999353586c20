package dev.ferry.engine.model;

import dev.ferry.engine.expr.Expression;
import dev.ferry.engine.expr.Template;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a definition's {@code steps:} list. Every step has an id (given or generated, unique
 * in its definition), an optional {@code if:} condition and its place in the file.
 */
public sealed interface Step {
  String id();

  /** The {@code if:} condition; null when the step always runs. */
  Expression condition();

  SourceLocation location();

  /**
   * Runs one action.
   *
   * @param application the application's name; null for actions that need none
   * @param saveAs the variable the output is stored in; null to discard it
   * @param retry null to use the application's or the process's policy
   * @param timeout null for the engine's default
   * @param idempotent null to use the action's own declaration
   * @param verify null when there is no read-back
   * @param expect null when there is no post-condition
   */
  record ActionStep(
      String id,
      SourceLocation location,
      Expression condition,
      String application,
      String action,
      BoundInput input,
      String saveAs,
      RetryPolicy retry,
      Duration timeout,
      Boolean idempotent,
      CheckSpec verify,
      CheckSpec expect)
      implements Step {
    public ActionStep {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(input, "input");
    }
  }

  /** Runs its steps once per item of a list, with the item in variable {@code as}. */
  record ForEachStep(
      String id,
      SourceLocation location,
      Expression condition,
      Expression items,
      String as,
      List<Step> steps)
      implements Step {
    public ForEachStep {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(items, "items");
      Objects.requireNonNull(as, "as");
      steps = List.copyOf(steps);
    }
  }

  /** A block of steps, usually under one {@code if:}. */
  record GroupStep(String id, SourceLocation location, Expression condition, List<Step> steps)
      implements Step {
    public GroupStep {
      Objects.requireNonNull(id, "id");
      steps = List.copyOf(steps);
    }
  }

  /** Runs another process definition as a sub-process and optionally saves its variables. */
  record CallStep(
      String id,
      SourceLocation location,
      Expression condition,
      String process,
      Map<String, ValueTemplate> inputs,
      String saveAs)
      implements Step {
    public CallStep {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(process, "process");
      inputs = Map.copyOf(inputs);
    }
  }

  /** Fails the transaction on purpose, as a business or a system failure. */
  record FailStep(
      String id,
      SourceLocation location,
      Expression condition,
      FailureKind kind,
      String code,
      Template message)
      implements Step {
    public FailStep {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }
  }
}
