package dev.ferry.engine.internal;

import dev.ferry.engine.StepOutcome;
import dev.ferry.engine.TransactionListener;
import dev.ferry.engine.expr.Scope;
import dev.ferry.engine.expr.ValueCodec;
import dev.ferry.engine.ledger.StepRecord;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.model.Step.ActionStep;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.FerryException;
import dev.ferry.engine.spi.TransactionId;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of one running transaction: its variables, its open sessions, its step counter. Used by
 * one thread at a time.
 */
public final class TransactionRun implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TransactionRun.class);

  final EngineRuntime runtime;
  final TransactionId id;
  final ProcessDefinition definition;
  final Map<String, Object> variables;
  final Set<String> sensitive;
  final TransactionSessions sessions;
  final TransactionListener listener;
  final boolean dryRun;

  /** Sign-on steps replayed from before a restart, to run again before the app's next step. */
  final Map<String, ActionStep> pendingSignOns = new LinkedHashMap<>();

  private final Map<String, StepRecord> history = new LinkedHashMap<>();
  private final BooleanSupplier cancelled;
  private int seq;

  /**
   * The record of the newest step that was safe to run again, while a record thread writes it: the
   * write overlaps the next step's action. One at most is in flight, and everything else this
   * transaction records waits for it first, so the ledger holds the steps in order and a crash
   * loses at most that step's record; it then runs again, which is what its idempotence allows.
   */
  private Future<?> recordInFlight = CompletableFuture.completedFuture(null);

  public TransactionRun(
      EngineRuntime runtime,
      TransactionId id,
      ProcessDefinition definition,
      Map<String, Object> variables,
      Set<String> sensitive,
      boolean dryRun,
      TransactionListener listener,
      BooleanSupplier cancelled,
      List<StepRecord> history) {
    this.runtime = runtime;
    this.id = id;
    this.definition = definition;
    this.variables = new LinkedHashMap<>(variables);
    this.sensitive = new HashSet<>(sensitive);
    this.sessions = new TransactionSessions(runtime, id);
    this.dryRun = dryRun;
    this.listener = listener;
    this.cancelled = cancelled;
    for (StepRecord record : history) {
      this.history.put(record.stepPath(), record);
      this.seq = Math.max(this.seq, record.seq());
    }
  }

  /** The newest record of the step at that path from before a restart, or null. */
  StepRecord lastRecord(String path) {
    return history.get(path);
  }

  /** Closes the record of a step that was running when the node stopped. */
  void closeInterrupted(StepRecord started, String outcome, String message) {
    awaitRecords();
    StepRecord closed =
        started.ended(
            outcome,
            null,
            null,
            outcome.equals("IN_DOUBT") ? "IN_DOUBT" : null,
            message,
            runtime.config.clock().instant());
    runtime.config.ledger().stepFinished(id, closed, List.of());
    history.put(closed.stepPath(), closed);
  }

  /** The variables as expressions see them. */
  Scope scope() {
    return Scope.of(variables);
  }

  public Map<String, Object> variables() {
    return variables;
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

  /**
   * Records a step that ran no action: a planned failure or a failure of the definition's logic.
   */
  void recordStep(
      int seq, String stepId, String path, String action, Instant started, StepOutcome outcome) {
    StepRecord record = startedRecord(seq, path, stepId, action, null, null, 1, started);
    finish(record, false, null, outcome, Map.of(), List.of());
  }

  /**
   * Records the end of an action step attempt, and its start too unless the ledger already holds
   * it.
   */
  void recordFinished(
      int seq,
      ActionStep step,
      String path,
      ResolvedAction target,
      String inputJson,
      String outputJson,
      int attempt,
      Instant started,
      boolean startRecorded,
      StepOutcome outcome,
      Map<String, Object> changed,
      List<Evidence> evidence) {
    StepRecord record =
        startedRecord(
            seq,
            path,
            step.id(),
            step.action(),
            applicationName(target),
            inputJson,
            attempt,
            started);
    finish(record, startRecorded, outputJson, outcome, changed, evidence);
  }

  static StepRecord startedRecord(
      int seq,
      String path,
      String stepId,
      String action,
      String application,
      String inputJson,
      int attempt,
      Instant started) {
    return new StepRecord(
        seq,
        path,
        stepId,
        action,
        application,
        inputJson,
        null,
        null,
        "STARTED",
        null,
        null,
        attempt,
        started,
        null);
  }

  private void finish(
      StepRecord started,
      boolean startRecorded,
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
        started.ended(
            outcome.kind(),
            outputJson,
            changed.isEmpty() ? null : ValueCodec.encode(changed),
            code,
            message,
            runtime.config.clock().instant());
    awaitRecords();
    if (startRecorded) {
      runtime.config.ledger().stepFinished(id, finished, evidence);
    } else {
      List<Evidence> kept = List.copyOf(evidence);
      recordInFlight =
          runtime.recordThreads.submit(() -> runtime.config.ledger().stepRan(id, finished, kept));
    }
    listener.stepFinished(id, started.stepPath(), outcome);
  }

  /**
   * Waits until the ledger holds every step this transaction has run.
   *
   * @throws RuntimeException what the ledger threw when it could not write the last step's record
   */
  public void awaitRecords() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          recordInFlight.get();
          return;
        } catch (InterruptedException e) {
          // The write is not interrupted (see EngineRuntime.recordThreads), so wait it out.
          interrupted = true;
        } catch (ExecutionException e) {
          recordInFlight = CompletableFuture.completedFuture(null);
          if (e.getCause() instanceof RuntimeException failure) {
            throw failure;
          }
          throw new FerryException(
              "cannot record a step of " + id + " in the ledger: " + e.getCause(), e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    try {
      awaitRecords();
    } catch (RuntimeException e) {
      log.error("the ledger could not record the last step of {}: {}", id, e.getMessage(), e);
    } finally {
      sessions.close();
    }
  }
}
