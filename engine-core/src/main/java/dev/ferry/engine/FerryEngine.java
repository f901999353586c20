package dev.ferry.engine;

import dev.ferry.engine.expr.ValueConverter;
import dev.ferry.engine.expr.Values;
import dev.ferry.engine.internal.EngineRuntime;
import dev.ferry.engine.internal.ProcessWalker;
import dev.ferry.engine.internal.TransactionRun;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.NewTransaction;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.model.InputSpec;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.model.ValueType;
import dev.ferry.engine.secrets.Redactor;
import dev.ferry.engine.spi.DocumentRef;
import dev.ferry.engine.spi.FerryException;
import dev.ferry.engine.spi.TransactionId;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
    Map<String, Object> inputs = bindInputs(definition, item.inputs());
    Set<String> sensitive =
        definition.inputs().stream()
            .filter(InputSpec::sensitive)
            .map(InputSpec::name)
            .collect(Collectors.toSet());
    Ledger ledger = config.ledger();
    ledger.saveDefinition(definition);
    TransactionId id = TransactionId.random();
    Instant created = config.clock().instant();
    String inputsJson = runtime.variablesJson(inputs, sensitive);
    Ledger.Created creation =
        ledger.createTransaction(
            new NewTransaction(
                id,
                definition.sha256(),
                definition.name(),
                definition.version(),
                item.businessKey(),
                item.priority(),
                options.dryRun(),
                inputsJson,
                created));
    if (!creation.isNew()) {
      log.info(
          "dropped a duplicate work item: business key {} is transaction {}",
          item.businessKey(),
          creation.transaction().id());
      return new TransactionResult(
          creation.transaction().id(),
          creation.transaction().status(),
          true,
          null,
          null,
          0,
          Duration.ZERO,
          Map.of());
    }
    Map<String, Object> variables = new LinkedHashMap<>(inputs);
    variables.put("trigger", Values.normalize(item.trigger()));
    variables.put("config", Values.normalize(config.configValues()));
    variables.put("env", ferryEnvironment());
    variables.put(
        "transaction",
        Map.of(
            "id",
            id.value(),
            "businessKey",
            item.businessKey() == null ? "" : item.businessKey(),
            "process",
            definition.name(),
            "version",
            (long) definition.version()));
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
            0)) {
      ledger.markStarted(id, config.clock().instant());
      log.info("started {} v{}", definition.name(), definition.version());
      ProcessWalker.Ended ended = new ProcessWalker(run).walk();
      TransactionResult result = finish(run, ended, created);
      options.listener().transactionFinished(result);
      return result;
    } finally {
      cancelled.remove(id);
      MDC.remove("tx");
    }
  }

  /** Asks a running transaction to stop before its next step. */
  public void cancel(TransactionId id) {
    cancelled.add(id);
  }

  private TransactionResult finish(TransactionRun run, ProcessWalker.Ended ended, Instant created) {
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

  private static Map<String, Object> ferryEnvironment() {
    Map<String, Object> env = new LinkedHashMap<>();
    System.getenv().entrySet().stream()
        .filter(e -> e.getKey().startsWith("FERRY_") && !e.getKey().startsWith("FERRY_SECRET"))
        .forEach(e -> env.put(e.getKey(), e.getValue()));
    return env;
  }

  /**
   * Checks the given inputs against the definition's declared inputs and converts them to their
   * declared types.
   */
  static Map<String, Object> bindInputs(ProcessDefinition definition, Map<String, Object> given) {
    Map<String, Object> bound = new LinkedHashMap<>();
    List<String> problems = new java.util.ArrayList<>();
    for (String name : given.keySet()) {
      if (definition.inputs().stream().noneMatch(i -> i.name().equals(name))) {
        problems.add(
            "unknown input '"
                + name
                + "'; "
                + definition.name()
                + " declares "
                + (definition.inputs().isEmpty()
                    ? "no inputs"
                    : definition.inputs().stream()
                        .map(InputSpec::name)
                        .collect(Collectors.joining(", "))));
      }
    }
    for (InputSpec spec : definition.inputs()) {
      Object value = given.containsKey(spec.name()) ? given.get(spec.name()) : spec.defaultValue();
      if (value == null) {
        if (spec.required()) {
          problems.add("input '" + spec.name() + "' is required (" + typeName(spec.type()) + ")");
        }
        bound.put(spec.name(), null);
        continue;
      }
      try {
        bound.put(
            spec.name(), Values.normalize(ValueConverter.convert(value, javaType(spec.type()))));
      } catch (RuntimeException e) {
        problems.add("input '" + spec.name() + "': " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new FerryException(String.join("\n", problems));
    }
    return bound;
  }

  private static String typeName(ValueType type) {
    return type.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static Type javaType(ValueType type) {
    return switch (type) {
      case TEXT -> String.class;
      case DECIMAL -> BigDecimal.class;
      case INTEGER -> Long.class;
      case BOOLEAN -> Boolean.class;
      case DATE -> LocalDate.class;
      case DATETIME -> Instant.class;
      case LIST -> listType();
      case MAP -> mapType();
      case DOCUMENT -> DocumentRef.class;
      case ANY -> Object.class;
    };
  }

  private static Type listType() {
    return typeOf("list");
  }

  private static Type mapType() {
    return typeOf("map");
  }

  @SuppressWarnings("unused")
  private static final class Holder {
    List<Object> list;
    Map<String, Object> map;
  }

  private static Type typeOf(String field) {
    try {
      return (ParameterizedType) Holder.class.getDeclaredField(field).getGenericType();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    runtime.close();
  }
}
