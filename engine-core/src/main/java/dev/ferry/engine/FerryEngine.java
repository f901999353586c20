package dev.ferry.engine;

import dev.ferry.engine.expr.ValueCodec;
import dev.ferry.engine.expr.Values;
import dev.ferry.engine.internal.DeclaredInputs;
import dev.ferry.engine.internal.EngineRuntime;
import dev.ferry.engine.internal.OperatorDecision;
import dev.ferry.engine.internal.ProcessWalker;
import dev.ferry.engine.internal.TransactionRun;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.NewTransaction;
import dev.ferry.engine.ledger.StepRecord;
import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.model.InputSpec;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.secrets.Redactor;
import dev.ferry.engine.spi.FerryException;
import dev.ferry.engine.spi.TransactionId;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs transactions of process definitions, checkpointing every step in the ledger. Thread-safe:
 * several threads may run transactions at once, within each application's limits.
 */
public final class FerryEngine implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(FerryEngine.class);

  private final EngineConfig config;
  private final EngineRuntime runtime;
  private final Set<TransactionId> cancelled = ConcurrentHashMap.newKeySet();
  private final Set<TransactionId> running = ConcurrentHashMap.newKeySet();

  public FerryEngine(EngineConfig config) {
    this.config = config;
    this.runtime = new EngineRuntime(config);
  }

  public EngineConfig config() {
    return config;
  }

  /** Masks secret values this engine has handed out; use it on anything shown to people. */
  public Redactor redactor() {
    return runtime.redactor();
  }

  /**
   * Runs one transaction to its end on the calling thread.
   *
   * @throws FerryException when the inputs do not fit the definition; nothing is recorded then
   */
  public TransactionResult run(ProcessDefinition definition, WorkItem item, RunOptions options) {
    QueuedTransaction queued = enqueue(definition, item, options);
    return queued.duplicate() ? queued.duplicateOf : execute(queued);
  }

  /**
   * Records a work item in the ledger as a QUEUED transaction, to run later with {@link #start}. A
   * work item whose business key is already known creates nothing: the result names the earlier
   * transaction.
   *
   * @throws FerryException when the inputs do not fit the definition; nothing is recorded then
   */
  public QueuedTransaction enqueue(
      ProcessDefinition definition, WorkItem item, RunOptions options) {
    Map<String, Object> inputs = DeclaredInputs.bind(definition, item.inputs());
    Set<String> sensitive =
        definition.inputs().stream()
            .filter(InputSpec::sensitive)
            .map(InputSpec::name)
            .collect(Collectors.toSet());
    Ledger ledger = config.ledger();
    ledger.saveDefinition(definition);
    TransactionId id = TransactionId.random();
    Instant created = config.clock().instant();
    Instant due = definition.deadline() == null ? null : created.plus(definition.deadline());
    int priority = item.priorityIn(definition);
    String inputsJson = runtime.variablesJson(inputs, sensitive);
    Map<String, Object> variables = new LinkedHashMap<>(inputs);
    variables.put("trigger", Values.normalize(item.trigger()));
    variables.put("transaction", transactionVariable(id, item.businessKey(), definition));
    Map<String, Object> resumable = new LinkedHashMap<>(variables);
    resumable.keySet().removeAll(sensitive);
    Ledger.Created creation =
        ledger.createTransaction(
            new NewTransaction(
                id,
                definition.sha256(),
                definition.name(),
                definition.version(),
                item.businessKey(),
                priority,
                due,
                options.dryRun(),
                inputsJson,
                created,
                ValueCodec.encode(resumable)));
    if (!creation.isNew()) {
      TransactionRecord earlier = creation.transaction();
      log.info(
          "dropped a duplicate work item: business key {} is transaction {}",
          item.businessKey(),
          earlier.id());
      return new QueuedTransaction(
          definition,
          earlier.id(),
          priority,
          created,
          due,
          Map.of(),
          Set.of(),
          options,
          new TransactionResult(
              earlier.id(), earlier.status(), true, null, null, 0, Duration.ZERO, Map.of()));
    }
    return new QueuedTransaction(
        definition, id, priority, created, due, variables, sensitive, options, null);
  }

  /**
   * Runs a transaction from {@link #enqueue} to its end on the calling thread. One that an operator
   * cancelled while it waited does not run: the result gives its status.
   */
  public TransactionResult start(QueuedTransaction queued) {
    if (queued.duplicate()) {
      return queued.duplicateOf;
    }
    if (queued.overdue(config.clock().instant())) {
      log.warn(
          "{} starts after its deadline of {} ({} {})",
          queued.id,
          queued.dueAt,
          queued.definition.name(),
          queued.definition.deadline());
    }
    return execute(queued);
  }

  private TransactionResult execute(QueuedTransaction queued) {
    return execute(
        queued.definition,
        queued.id,
        queued.variables,
        queued.sensitive,
        queued.options,
        List.of(),
        queued.createdAt);
  }

  /**
   * Continues a transaction that was running when its node stopped, after its last committed step.
   * Steps that had started but not committed are handled as in-doubt steps.
   *
   * @throws FerryException when the transaction is unknown, has ended, or its definition cannot be
   *     read back
   */
  public TransactionResult resume(TransactionId id, RunOptions options) {
    Ledger ledger = config.ledger();
    TransactionRecord tx =
        ledger.transaction(id).orElseThrow(() -> new FerryException("no transaction " + id));
    if (tx.status() != TransactionStatus.RUNNING && tx.status() != TransactionStatus.QUEUED) {
      throw new FerryException(
          "transaction " + id + " is " + tx.status() + "; only RUNNING or QUEUED ones can resume");
    }
    if (config.definitionParser() == null) {
      throw new FerryException("this engine has no definition parser, so it cannot resume " + id);
    }
    String source =
        ledger
            .definitionSource(tx.definitionSha256())
            .orElseThrow(
                () -> new FerryException("the definition of " + id + " is not in the ledger"));
    ProcessDefinition definition =
        config.definitionParser().parse(tx.definitionName() + ".yaml", source);
    Map<String, Object> variables =
        new LinkedHashMap<>(ledger.resumeState(id).map(ValueCodec::decode).orElse(Map.of()));
    variables.putIfAbsent("trigger", Map.of());
    variables.put("transaction", transactionVariable(id, tx.businessKey(), definition));
    Set<String> sensitive =
        definition.inputs().stream()
            .filter(InputSpec::sensitive)
            .map(InputSpec::name)
            .collect(Collectors.toSet());
    log.info("resuming {} after step {}", id, tx.lastStepSeq());
    if (tx.stopRequested() != null) {
      cancelled.add(id);
    }
    return execute(definition, id, variables, sensitive, options, ledger.steps(id), tx.createdAt());
  }

  /** Resumes, one after the other, every transaction left RUNNING or QUEUED, oldest first. */
  public List<TransactionResult> resumeInterrupted(RunOptions options) {
    List<TransactionResult> results = new java.util.ArrayList<>();
    for (TransactionRecord tx : config.ledger().transactionsSince(Instant.EPOCH)) {
      if (tx.status() == TransactionStatus.RUNNING || tx.status() == TransactionStatus.QUEUED) {
        results.add(resume(tx.id(), options));
      }
    }
    return results;
  }

  /**
   * Applies an operator's decision to a transaction that is IN_DOUBT, records it in the audit
   * trail, and (unless the decision is to fail) resumes the transaction.
   */
  public TransactionResult resolve(
      TransactionId id, Resolution resolution, String operator, RunOptions options) {
    Ledger ledger = config.ledger();
    TransactionRecord tx =
        ledger.transaction(id).orElseThrow(() -> new FerryException("no transaction " + id));
    if (tx.status() != TransactionStatus.IN_DOUBT) {
      throw new FerryException("transaction " + id + " is " + tx.status() + ", not IN_DOUBT");
    }
    OperatorDecision.record(ledger, tx, resolution, operator, config.clock().instant());
    if (resolution == Resolution.FAIL) {
      TransactionRecord failed = ledger.transaction(id).orElseThrow();
      return new TransactionResult(
          id,
          failed.status(),
          false,
          failed.errorCode(),
          failed.errorMessage(),
          failed.lastStepSeq(),
          Duration.ZERO,
          Map.of());
    }
    return resume(id, options);
  }

  /**
   * Gives a FAILED transaction one more attempt at the step that failed it, records who asked in
   * its audit chain, and resumes it after its last committed step.
   *
   * @throws FerryException when it is unknown or did not fail in a step
   */
  public TransactionResult retry(TransactionId id, String operator, RunOptions options) {
    Ledger ledger = config.ledger();
    TransactionRecord tx =
        ledger.transaction(id).orElseThrow(() -> new FerryException("no transaction " + id));
    OperatorDecision.retry(ledger, tx, operator, config.clock().instant());
    return resume(id, options);
  }

  /**
   * Cancels a transaction that waits (QUEUED or IN_DOUBT), so that it never runs on; with {@code
   * interrupted}, also one left RUNNING by a node that has stopped. A RUNNING one without {@code
   * interrupted} is asked to stop: the node running it cancels it before its next step (see {@link
   * #applyStopRequests}). Records who and why in its audit chain.
   *
   * @throws FerryException when it is unknown or has ended
   */
  public TransactionRecord cancel(
      TransactionId id, boolean interrupted, String operator, String reason) {
    Ledger ledger = config.ledger();
    TransactionRecord tx =
        ledger.transaction(id).orElseThrow(() -> new FerryException("no transaction " + id));
    OperatorDecision.cancel(ledger, tx, interrupted, operator, reason, config.clock().instant());
    if (running.contains(id)) {
      cancelled.add(id);
    }
    return ledger.transaction(id).orElseThrow();
  }

  /**
   * Stops, before their next step, the transactions this engine runs that an operator asked to stop
   * from anywhere ({@code ferry cancel}); a node calls it every few seconds.
   *
   * @return how many it stopped
   */
  public int applyStopRequests() {
    int stopped = 0;
    for (Map.Entry<TransactionId, String> request : config.ledger().stopRequests().entrySet()) {
      if (running.contains(request.getKey()) && cancelled.add(request.getKey())) {
        log.info(
            "stopping {} before its next step: asked by {}", request.getKey(), request.getValue());
        stopped++;
      }
    }
    return stopped;
  }

  private TransactionResult execute(
      ProcessDefinition definition,
      TransactionId id,
      Map<String, Object> startVariables,
      Set<String> sensitive,
      RunOptions options,
      List<StepRecord> history,
      Instant created) {
    Map<String, Object> variables = new LinkedHashMap<>(startVariables);
    variables.put("config", Values.normalize(config.configValues()));
    variables.put("env", ferryEnvironment());
    MDC.put("tx", id.value());
    try (TransactionRun run =
        new TransactionRun(
            runtime,
            id,
            definition,
            variables,
            sensitive,
            options.dryRun(),
            options.listener(),
            () -> cancelled.contains(id),
            history)) {
      if (!config.ledger().markStarted(id, config.clock().instant())) {
        return notStarted(id);
      }
      running.add(id);
      log.info("started {} v{}", definition.name(), definition.version());
      ProcessWalker.Ended ended = new ProcessWalker(run).walk();
      TransactionResult result = finish(run, ended, created);
      options.listener().transactionFinished(result);
      return result;
    } finally {
      running.remove(id);
      cancelled.remove(id);
      MDC.remove("tx");
    }
  }

  /** The result for a transaction that was no longer waiting when its turn came. */
  private TransactionResult notStarted(TransactionId id) {
    TransactionRecord tx = config.ledger().transaction(id).orElseThrow();
    log.info("{} is {} and does not start", id, tx.status());
    return new TransactionResult(
        id,
        tx.status(),
        false,
        tx.errorCode(),
        tx.errorMessage(),
        tx.lastStepSeq(),
        Duration.ZERO,
        Map.of());
  }

  /** Asks a running transaction to stop before its next step. */
  public void cancel(TransactionId id) {
    cancelled.add(id);
  }

  private TransactionResult finish(TransactionRun run, ProcessWalker.Ended ended, Instant created) {
    run.awaitRecords();
    StepOutcome outcome = ended.outcome();
    TransactionStatus status;
    String kind = null;
    String code = null;
    String message = null;
    if (outcome instanceof StepOutcome.Succeeded) {
      status = TransactionStatus.SUCCEEDED;
    } else if (outcome instanceof StepOutcome.BusinessFailed b) {
      status = TransactionStatus.BUSINESS_FAILED;
      kind = "business";
      code = b.code();
      message = b.message();
    } else if (outcome instanceof StepOutcome.SystemFailed s) {
      status = TransactionStatus.FAILED;
      kind = "system";
      code = s.code();
      message = s.message();
    } else if (outcome instanceof StepOutcome.InDoubt d) {
      status = TransactionStatus.IN_DOUBT;
      code = "IN_DOUBT";
      message = d.reason();
    } else {
      status = TransactionStatus.CANCELLED;
      code = "CANCELLED";
      message = ((StepOutcome.Cancelled) outcome).reason();
      String stop = config.ledger().transaction(run.id()).orElseThrow().stopRequested();
      if (stop != null) {
        code = "CANCELLED_BY_OPERATOR";
        message = "stopped by " + stop + " (" + message + ")";
      }
    }
    Map<String, Object> shown = new LinkedHashMap<>(run.variables());
    shown.keySet().removeAll(List.of("env", "config"));
    String variablesJson = runtime.variablesJson(shown, run.sensitiveNames());
    Instant endedAt = config.clock().instant();
    config
        .ledger()
        .transactionFinished(run.id(), status, endedAt, variablesJson, kind, code, message);
    log.info("ended {} after {} steps{}", status, run.stepCount(), code == null ? "" : ": " + code);
    return new TransactionResult(
        run.id(),
        status,
        false,
        code,
        message,
        run.stepCount(),
        Duration.between(created, endedAt),
        redactedVariables(shown, run));
  }

  private Map<String, Object> redactedVariables(Map<String, Object> variables, TransactionRun run) {
    Map<String, Object> shown = new LinkedHashMap<>(variables);
    run.sensitiveNames().forEach(name -> shown.computeIfPresent(name, (k, v) -> Redactor.MASK));
    return shown;
  }

  /** What expressions see as {@code transaction}: its id, business key, process and version. */
  private static Map<String, Object> transactionVariable(
      TransactionId id, String businessKey, ProcessDefinition definition) {
    return Map.of(
        "id",
        id.value(),
        "businessKey",
        businessKey == null ? "" : businessKey,
        "process",
        definition.name(),
        "version",
        (long) definition.version());
  }

  private static Map<String, Object> ferryEnvironment() {
    Map<String, Object> env = new LinkedHashMap<>();
    System.getenv().entrySet().stream()
        .filter(e -> e.getKey().startsWith("FERRY_") && !e.getKey().startsWith("FERRY_SECRET"))
        .forEach(e -> env.put(e.getKey(), e.getValue()));
    return env;
  }

  @Override
  public void close() {
    runtime.close();
  }
}
