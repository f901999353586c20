package dev.ferry.engine.internal;

import dev.ferry.engine.StepOutcome;
import dev.ferry.engine.core.AssignsVariables;
import dev.ferry.engine.expr.Values;
import dev.ferry.engine.model.CheckSpec;
import dev.ferry.engine.model.RetryPolicy;
import dev.ferry.engine.model.Step.ActionStep;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.CancelledException;
import dev.ferry.engine.spi.ConnectorSession;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.FerryException;
import dev.ferry.engine.spi.SystemException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs one action step: evaluates its input, runs the action within its timeout, retries system
 * failures under the retry policy, and commits a checkpoint for every attempt.
 */
final class StepRunner {
  private static final Logger log = LoggerFactory.getLogger(StepRunner.class);

  private final TransactionRun run;
  private final EngineRuntime runtime;

  StepRunner(TransactionRun run) {
    this.run = run;
    this.runtime = run.runtime;
  }

  /** Whether a step's effect shows in its application, according to its verify: read-back. */
  enum Effect {
    PRESENT,
    ABSENT,
    UNKNOWN
  }

  StepOutcome execute(
      ActionStep step, String path, ResolvedAction target, RetryPolicy policy, int firstAttempt) {
    Duration timeout = timeout(step);
    for (int attempt = firstAttempt; ; attempt++) {
      StepOutcome outcome = attempt(step, path, target, attempt, timeout);
      if (!(outcome instanceof StepOutcome.SystemFailed failed)
          || !failed.retryable()
          || attempt >= policy.attempts()) {
        return outcome;
      }
      if (target.app() != null) {
        run.sessions.discardIfUnhealthy(target.app().name());
      }
      Duration delay = runtime.retries.delayAfter(attempt, policy);
      log.info(
          "step {} failed (attempt {} of {}): {}; retrying in {}",
          path,
          attempt,
          policy.attempts(),
          failed.message(),
          delay);
      try {
        runtime.config.sleeper().sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return StepOutcome.cancelled("interrupted while waiting to retry " + path);
      }
    }
  }

  private StepOutcome attempt(
      ActionStep step, String path, ResolvedAction target, int attempt, Duration timeout) {
    Instant started = runtime.config.clock().instant();
    int seq = run.nextSeq();
    Record input;
    try {
      input = InputMaterializer.materialize(step.input(), run.scope());
    } catch (FerryException e) {
      String message = "cannot evaluate the input of step " + path + ": " + e.getMessage();
      StepOutcome outcome = StepOutcome.systemFailed("INVALID_INPUT", message, false);
      run.recordStep(seq, step.id(), path, step.action(), started, outcome);
      return outcome;
    }
    String inputJson = runtime.json.ofRecord(input);
    // A step that is safe to run again has its start recorded with its end, in one commit, while
    // the next step runs: after a crash it runs again, which is all a recorded start would have
    // led to. Any other step waits until the ledger holds every step before it, then records its
    // start before it acts.
    boolean startRecorded = !target.idempotentIn(step);
    if (startRecorded) {
      run.awaitRecords();
      runtime
          .config
          .ledger()
          .stepStarted(
              run.id,
              TransactionRun.startedRecord(
                  seq,
                  path,
                  step.id(),
                  step.action(),
                  run.applicationName(target),
                  inputJson,
                  attempt,
                  started));
    }
    run.listener.stepStarted(run.id, path, step.action());
    StepEvidence evidence = new StepEvidence(runtime.config.screenshotsOnSuccess());
    Map<String, Object> changed = new LinkedHashMap<>();
    StepOutcome outcome;
    List<Evidence> failureEvidence = List.of();
    String outputJson = null;
    try {
      Record output = invoke(target, input, path, timeout, evidence);
      outputJson = runtime.json.ofRecord(output);
      if (step.expect() != null) {
        check(step.expect(), target, path, timeout, evidence);
      }
      changed.putAll(assignments(step, output));
      outcome = StepOutcome.succeeded();
    } catch (BusinessException e) {
      outcome = StepOutcome.businessFailed(e.code(), runtime.redactor.redact(e.getMessage()));
    } catch (CancelledException e) {
      outcome = StepOutcome.cancelled(e.getMessage());
    } catch (SystemException e) {
      failureEvidence = e.evidence();
      outcome = StepOutcome.systemFailed(codeOf(e), describe(e), true);
    } catch (RuntimeException e) {
      outcome = StepOutcome.systemFailed(codeOf(e), describe(e), true);
    }
    List<Evidence> kept =
        new java.util.ArrayList<>(evidence.toKeep(outcome instanceof StepOutcome.Succeeded));
    kept.addAll(failureEvidence);
    run.variables.putAll(changed);
    run.recordFinished(
        seq,
        step,
        path,
        target,
        inputJson,
        outputJson,
        attempt,
        started,
        startRecorded,
        outcome,
        changed,
        kept);
    return outcome;
  }

  private Duration timeout(ActionStep step) {
    return step.timeout() != null ? step.timeout() : runtime.config.defaultStepTimeout();
  }

  /**
   * Runs the step's verify: read-back: success means the effect is present, a business failure
   * means it is absent, anything else leaves it unknown.
   */
  Effect verifyEffect(ActionStep step, String path, ResolvedAction target) {
    StepEvidence ignored = new StepEvidence(false);
    try {
      runCheck(step.verify(), target, path, timeout(step), ignored);
      return Effect.PRESENT;
    } catch (BusinessException absent) {
      return Effect.ABSENT;
    } catch (RuntimeException e) {
      log.warn(
          "verify of {} failed: {}", path, runtime.redactor.redact(String.valueOf(e.getMessage())));
      return Effect.UNKNOWN;
    }
  }

  private Map<String, Object> assignments(ActionStep step, Record output) {
    Map<String, Object> changed = new LinkedHashMap<>();
    if (output instanceof AssignsVariables assigns) {
      assigns.assignments().forEach((name, value) -> changed.put(name, Values.normalize(value)));
    }
    if (step.saveAs() != null) {
      changed.put(step.saveAs(), Values.normalize(output));
    }
    return changed;
  }

  private void check(
      CheckSpec check,
      ResolvedAction target,
      String path,
      Duration timeout,
      StepEvidence evidence) {
    try {
      runCheck(check, target, path, timeout, evidence);
    } catch (BusinessException e) {
      throw new SystemException(
          "step " + path + " did not reach the expected state: " + e.getMessage(), e);
    }
  }

  private void runCheck(
      CheckSpec check,
      ResolvedAction target,
      String path,
      Duration timeout,
      StepEvidence evidence) {
    Action<?, ?> action =
        target.connector().actions().stream()
            .filter(a -> a.name().equals(check.action()))
            .findFirst()
            .orElseThrow(() -> new SystemException("no check action " + check.action()));
    Record input = InputMaterializer.materialize(check.input(), run.scope());
    invoke(
        new ResolvedAction(target.app(), target.connector(), action),
        input,
        path,
        timeout,
        evidence);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Record invoke(
      ResolvedAction target, Record input, String path, Duration timeout, StepEvidence evidence) {
    Action action = target.action();
    if (run.dryRun && !action.sideEffectFree()) {
      return DefaultOutputs.of(action.outputType());
    }
    if (run.isCancelled()) {
      throw new CancelledException("the transaction was cancelled before step " + path);
    }
    ConnectorSession session;
    try {
      session =
          target.app() == null
              ? ConnectorSession.NONE
              : run.sessions.session(target.app(), target.connector(), run.scope(), timeout);
      if (target.app() != null) {
        runtime.limiter.awaitRate(target.app());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException("interrupted while waiting for application " + target.app());
    }
    Instant deadline = runtime.config.clock().instant().plus(timeout);
    StepContext context =
        new StepContext(
            run.id,
            path,
            run.applicationName(target),
            deadline,
            run::isCancelled,
            session,
            evidence,
            runtime.secrets,
            runtime.config.clock(),
            runtime.config.workDirectory());
    if (target.runsInline()) {
      return (Record) action.execute(input, context);
    }
    Map<String, String> mdc = MDC.getCopyOfContextMap();
    Future<Record> future =
        runtime.actionThreads.submit(
            () -> {
              if (mdc != null) {
                MDC.setContextMap(mdc);
              }
              try {
                return (Record) action.execute(input, context);
              } finally {
                MDC.clear();
              }
            });
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new SystemException(
          "step "
              + path
              + " ("
              + action.name()
              + ") did not finish within its timeout of "
              + timeout
              + "; raise 'timeout:' on the step if the application is just slow");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtimeException) {
        throw runtimeException;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new SystemException(action.name() + " failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new CancelledException("interrupted while step " + path + " ran");
    }
  }

  private static String codeOf(RuntimeException e) {
    return e instanceof SystemException ? "SYSTEM_ERROR" : "UNEXPECTED_ERROR";
  }

  private String describe(RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (!(e instanceof FerryException)) {
      message = e.getClass().getSimpleName() + ": " + message;
    }
    return runtime.redactor.redact(message);
  }
}
