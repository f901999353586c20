package dev.ferry.engine.internal;

import dev.ferry.engine.StepOutcome;
import dev.ferry.engine.expr.Expression;
import dev.ferry.engine.expr.Values;
import dev.ferry.engine.model.ApplicationSpec;
import dev.ferry.engine.model.BoundInput;
import dev.ferry.engine.model.FailureKind;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.model.RetryPolicy;
import dev.ferry.engine.model.Step;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.Connector;
import dev.ferry.engine.spi.FerryException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks a definition's steps in order, following {@code if}, {@code for-each}, groups, {@code call}
 * and {@code fail}, and hands each action step to the {@link StepRunner}.
 */
public final class ProcessWalker {
  private final TransactionRun run;
  private final StepRunner steps;
  private final Replay replay;

  public ProcessWalker(TransactionRun run) {
    this.run = run;
    this.steps = new StepRunner(run);
    this.replay = new Replay(run, steps);
  }

  /**
   * Runs the definition's steps, then the failure handler that applies.
   *
   * @return the outcome that ended the walk: {@link StepOutcome.Succeeded} when every step did
   */
  public Ended walk() {
    try {
      runSteps(run.definition.steps(), "", run.definition);
      return new Ended(StepOutcome.succeeded(), null);
    } catch (StepFailure failure) {
      runHandler(failure);
      return new Ended(failure.outcome(), failure.stepPath());
    }
  }

  /** How a walk ended, and at which step. */
  public record Ended(StepOutcome outcome, String stepPath) {}

  private void runHandler(StepFailure failure) {
    List<Step> handler;
    String kind;
    if (failure.outcome() instanceof StepOutcome.BusinessFailed) {
      handler = run.definition.onFailure().business();
      kind = "business";
    } else if (failure.outcome() instanceof StepOutcome.SystemFailed) {
      handler = run.definition.onFailure().system();
      kind = "system";
    } else {
      return;
    }
    if (handler.isEmpty()) {
      return;
    }
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("kind", kind);
    error.put("step", failure.stepPath());
    if (failure.outcome() instanceof StepOutcome.BusinessFailed b) {
      error.put("code", b.code());
      error.put("message", b.message());
    } else if (failure.outcome() instanceof StepOutcome.SystemFailed s) {
      error.put("code", s.code());
      error.put("message", s.message());
    }
    run.variables.put("error", error);
    try {
      runSteps(handler, "on-failure/" + kind + "/", run.definition);
    } catch (StepFailure handlerFailed) {
      // The transaction keeps its original failure; the handler's own failure is in its step
      // record.
    }
  }

  private void runSteps(List<Step> list, String prefix, ProcessDefinition definition)
      throws StepFailure {
    for (Step step : list) {
      String path = prefix + step.id();
      if (run.isCancelled()) {
        throw new StepFailure(StepOutcome.cancelled("cancelled before " + path), path);
      }
      if (step.condition() != null && !isTrue(step.condition(), step, path)) {
        continue;
      }
      if (step instanceof Step.ActionStep action) {
        runAction(action, path, definition);
      } else if (step instanceof Step.GroupStep group) {
        runSteps(group.steps(), path + "/", definition);
      } else if (step instanceof Step.ForEachStep loop) {
        runLoop(loop, path, definition);
      } else if (step instanceof Step.CallStep call) {
        runCall(call, path);
      } else if (step instanceof Step.FailStep fail) {
        runFail(fail, path);
      }
    }
  }

  private void runAction(Step.ActionStep step, String path, ProcessDefinition definition)
      throws StepFailure {
    ResolvedAction target = resolve(step, definition);
    RetryPolicy policy = retryPolicy(step, target, definition);
    Replay.Decision decision = replay.decide(step, path, target, policy);
    if (decision instanceof Replay.Done) {
      return;
    }
    if (decision instanceof Replay.Failed failed) {
      throw new StepFailure(failed.outcome(), path);
    }
    signOnAgain(target, definition);
    StepOutcome outcome =
        steps.execute(step, path, target, policy, ((Replay.Run) decision).attempt());
    if (!(outcome instanceof StepOutcome.Succeeded)) {
      throw new StepFailure(outcome, path);
    }
  }

  /** After a restart, signs on again in a new session before the application's next step. */
  private void signOnAgain(ResolvedAction target, ProcessDefinition definition) throws StepFailure {
    if (target.app() == null) {
      return;
    }
    Step.ActionStep signOn = run.pendingSignOns.remove(target.app().name());
    if (signOn != null) {
      String path = signOn.id() + "#after-restart";
      StepOutcome outcome =
          steps.execute(
              signOn,
              path,
              resolve(signOn, definition),
              retryPolicy(signOn, target, definition),
              1);
      if (!(outcome instanceof StepOutcome.Succeeded)) {
        throw new StepFailure(outcome, path);
      }
    }
  }

  private void runLoop(Step.ForEachStep loop, String path, ProcessDefinition definition)
      throws StepFailure {
    Object items = evaluate(loop.items(), loop, path);
    if (items == null) {
      return;
    }
    if (!(items instanceof List<?> list)) {
      throw planFailure(
          loop,
          path,
          "EXPRESSION_ERROR",
          "for-each of step "
              + path
              + " needs a list, but '"
              + loop.items().source()
              + "' is "
              + Values.toText(items));
    }
    boolean hadPrevious = run.variables.containsKey(loop.as());
    Object previous = run.variables.get(loop.as());
    try {
      for (int i = 0; i < list.size(); i++) {
        run.variables.put(loop.as(), list.get(i));
        runSteps(loop.steps(), path + "[" + i + "]/", definition);
      }
    } finally {
      if (hadPrevious) {
        run.variables.put(loop.as(), previous);
      } else {
        run.variables.remove(loop.as());
      }
    }
  }

  private void runCall(Step.CallStep call, String path) throws StepFailure {
    ProcessDefinition sub =
        run.runtime
            .config
            .subProcesses()
            .apply(call.process())
            .orElseThrow(
                () ->
                    planFailure(
                        call,
                        path,
                        "SUBPROCESS_NOT_FOUND",
                        "step "
                            + path
                            + " calls process '"
                            + call.process()
                            + "', which this node does not have; put its definition beside the"
                            + " caller's"));
    Map<String, Object> childVariables = new LinkedHashMap<>();
    for (String builtIn : List.of("trigger", "config", "env", "transaction")) {
      if (run.variables.containsKey(builtIn)) {
        childVariables.put(builtIn, run.variables.get(builtIn));
      }
    }
    call.inputs()
        .forEach(
            (name, template) ->
                childVariables.put(name, InputMaterializer.evaluate(template, run.scope())));
    sub.inputs().stream()
        .filter(input -> !childVariables.containsKey(input.name()))
        .forEach(input -> childVariables.put(input.name(), input.defaultValue()));
    Map<String, Object> parentVariables = new LinkedHashMap<>(run.variables);
    run.variables.clear();
    run.variables.putAll(childVariables);
    Map<String, Object> result;
    try {
      runSteps(sub.steps(), path + "/", sub);
    } finally {
      result = new LinkedHashMap<>(run.variables);
      run.variables.clear();
      run.variables.putAll(parentVariables);
    }
    if (call.saveAs() != null) {
      result.keySet().removeAll(List.of("trigger", "config", "env", "transaction"));
      run.variables.put(call.saveAs(), result);
    }
  }

  private void runFail(Step.FailStep fail, String path) throws StepFailure {
    throwIfFailedBefore(path);
    String message = Values.toText(fail.message().evaluate(run.scope()));
    StepOutcome outcome =
        fail.kind() == FailureKind.BUSINESS
            ? StepOutcome.businessFailed(fail.code(), message)
            : StepOutcome.systemFailed(fail.code(), message, false);
    run.recordStep(run.nextSeq(), fail.id(), path, "fail", now(), outcome);
    throw new StepFailure(outcome, path);
  }

  private boolean isTrue(Expression condition, Step step, String path) throws StepFailure {
    Object value = evaluate(condition, step, path);
    if (value == null || value instanceof Boolean) {
      return Boolean.TRUE.equals(value);
    }
    throw planFailure(
        step,
        path,
        "EXPRESSION_ERROR",
        "the if: of step "
            + path
            + " must be true or false, but '"
            + condition.source()
            + "' is "
            + Values.toText(value));
  }

  private Object evaluate(Expression expression, Step step, String path) throws StepFailure {
    try {
      return expression.evaluate(run.scope());
    } catch (FerryException e) {
      throw planFailure(
          step,
          path,
          "EXPRESSION_ERROR",
          "cannot evaluate '" + expression.source() + "' in step " + path + ": " + e.getMessage());
    }
  }

  /** A step that failed for good before a restart fails again, without a second record. */
  private void throwIfFailedBefore(String path) throws StepFailure {
    var last = run.lastRecord(path);
    if (last != null && last.errorCode() != null) {
      throw new StepFailure(
          "BUSINESS_FAILED".equals(last.outcome())
              ? StepOutcome.businessFailed(last.errorCode(), last.errorMessage())
              : StepOutcome.systemFailed(last.errorCode(), last.errorMessage(), false),
          path);
    }
  }

  /** A failure of the definition's own logic: recorded as a step, never retried. */
  private StepFailure planFailure(Step step, String path, String code, String message) {
    try {
      throwIfFailedBefore(path);
    } catch (StepFailure before) {
      return before;
    }
    StepOutcome outcome = StepOutcome.systemFailed(code, message, false);
    run.recordStep(run.nextSeq(), step.id(), path, null, now(), outcome);
    return new StepFailure(outcome, path);
  }

  private Instant now() {
    return run.runtime.config.clock().instant();
  }

  private RetryPolicy retryPolicy(
      Step.ActionStep step, ResolvedAction target, ProcessDefinition definition) {
    if (step.retry() != null) {
      return step.retry();
    }
    if (target.app() != null && target.app().retry() != null) {
      return target.app().retry();
    }
    return definition.onFailure().systemRetry();
  }

  private ResolvedAction resolve(Step.ActionStep step, ProcessDefinition definition) {
    var registry = run.runtime.config.connectors();
    if (step.application() != null) {
      ApplicationSpec app = definition.applications().get(step.application());
      if (app == null) {
        throw new FerryException("no application named " + step.application());
      }
      Connector<?> connector =
          registry
              .connector(app.connector())
              .orElseThrow(() -> new FerryException("no connector " + app.connector()));
      Action<?, ?> action =
          registry
              .action(app.connector(), step.action())
              .orElseThrow(() -> new FerryException("no action " + step.action()));
      return new ResolvedAction(app, connector, action);
    }
    List<Connector<?>> offering = registry.connectorsOffering(step.action());
    if (offering.size() != 1) {
      throw new FerryException(
          "action "
              + step.action()
              + " needs app: (offered by "
              + offering.size()
              + " connectors)");
    }
    Connector<?> connector = offering.get(0);
    Action<?, ?> action = registry.action(connector.id(), step.action()).orElseThrow();
    ApplicationSpec implicit =
        "core".equals(connector.id())
            ? null
            : new ApplicationSpec(
                connector.id(),
                connector.id(),
                null,
                Integer.MAX_VALUE,
                null,
                null,
                BoundInput.empty(connector.configType()),
                step.location());
    return new ResolvedAction(implicit, connector, action);
  }
}
