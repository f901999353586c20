package dev.ferry.engine.internal;

import dev.ferry.engine.StepOutcome;
import dev.ferry.engine.TransactionListener;
import dev.ferry.engine.expr.Scope;
import dev.ferry.engine.expr.ValueCodec;
import dev.ferry.engine.ledger.StepRecord;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.model.Step.ActionStep;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.TransactionId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The state of one running transaction: its variables, its open sessions, its step counter. Used by
 * one thread at a time.
 */
public final class TransactionRun implements AutoCloseable {
  final EngineRuntime runtime;
  final TransactionId id;
  final ProcessDefinition definition;
  final Map<String, Object> variables;
  final Set<String> sensitive;
  final TransactionSessions sessions;
  final TransactionListener listener;
  final boolean dryRun;
  final List<String> plan = new ArrayList<>();
  private final BooleanSupplier cancelled;
  private int seq;

  public TransactionRun(
      EngineRuntime runtime,
      TransactionId id,
      ProcessDefinition definition,
      Map<String, Object> variables,
      Set<String> sensitive,
      boolean dryRun,
      TransactionListener listener,
      BooleanSupplier cancelled,
      int lastSeq) {
    this.runtime = runtime;
    this.id = id;
    this.definition = definition;
    this.variables = new LinkedHashMap<>(variables);
    this.sensitive = new HashSet<>(sensitive);
    this.sessions = new TransactionSessions(runtime, id);
    this.dryRun = dryRun;
    this.listener = listener;
    this.cancelled = cancelled;
    this.seq = lastSeq;
  }

  /** The variables as expressions see them. */
  Scope scope() {
    return Scope.of(variables);
  }

  public Map<String, Object> variables() {
    return variables;
  }

  /** What a dry run would have done, one line per faked action. */
  public List<String> plan() {
    return List.copyOf(plan);
  }

  public TransactionId id() {
    return id;
  }

  public Set<String> sensitiveNames() {
    return Set.copyOf(sensitive);
  }

  public int stepCount() {
    return seq;
  }

  boolean isCancelled() {
    return cancelled.getAsBoolean() || Thread.currentThread().isInterrupted();
  }

  int nextSeq() {
    return ++seq;
  }

  String applicationName(ResolvedAction target) {
    return target.app() == null ? null : target.app().name();
  }

  /** Records a step that ran no action: skipped, a planned failure, or bad input. */
  void recordStep(
      int seq,
      String stepId,
      String path,
      ResolvedAction target,
      String action,
      int attempt,
      Instant started,
      StepOutcome outcome,
      Map<String, Object> changed,
      List<Evidence> evidence) {
    String actionName = action != null ? action : target == null ? null : target.action().name();
    StepRecord record =
        new StepRecord(
            seq,
            path,
            stepId,
            actionName,
            target == null ? null : applicationName(target),
            null,
            null,
            null,
            "STARTED",
            null,
            null,
            attempt,
            started,
            null);
    runtime.config.ledger().stepStarted(id, record);
    finish(record, null, null, outcome, changed, evidence);
  }

  void recordFinished(
      int seq,
      ActionStep step,
      String path,
      ResolvedAction target,
      String inputJson,
      String outputJson,
      int attempt,
      Instant started,
      StepOutcome outcome,
      Map<String, Object> changed,
      List<Evidence> evidence) {
    StepRecord record =
        new StepRecord(
            seq,
            path,
            step.id(),
            step.action(),
            applicationName(target),
            inputJson,
            null,
            null,
            "STARTED",
            null,
            null,
            attempt,
            started,
            null);
    finish(record, inputJson, outputJson, outcome, changed, evidence);
  }

  private void finish(
      StepRecord started,
      String inputJson,
      String outputJson,
      StepOutcome outcome,
      Map<String, Object> changed,
      List<Evidence> evidence) {
    String code = null;
    String message = null;
    if (outcome instanceof StepOutcome.BusinessFailed b) {
      code = b.code();
      message = b.message();
    } else if (outcome instanceof StepOutcome.SystemFailed s) {
      code = s.code();
      message = s.message();
    } else if (outcome instanceof StepOutcome.Cancelled c) {
      code = "CANCELLED";
      message = c.reason();
    }
    StepRecord finished =
        new StepRecord(
            started.seq(),
            started.stepPath(),
            started.stepId(),
            started.action(),
            started.application(),
            inputJson,
            outputJson,
            changed.isEmpty() ? null : ValueCodec.encode(changed),
            outcome.kind(),
            code,
            message,
            started.attempt(),
            started.startedAt(),
            runtime.config.clock().instant());
    runtime.config.ledger().stepFinished(id, finished, evidence);
    listener.stepFinished(id, started.stepPath(), outcome);
  }

  @Override
  public void close() {
    sessions.close();
  }
}
