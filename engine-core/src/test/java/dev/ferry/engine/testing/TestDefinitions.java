package dev.ferry.engine.testing;

import dev.ferry.engine.expr.Expression;
import dev.ferry.engine.expr.Template;
import dev.ferry.engine.model.ApplicationSpec;
import dev.ferry.engine.model.BoundInput;
import dev.ferry.engine.model.FailureHandlers;
import dev.ferry.engine.model.FailureKind;
import dev.ferry.engine.model.InputSpec;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.model.RetryPolicy;
import dev.ferry.engine.model.SourceLocation;
import dev.ferry.engine.model.Step;
import dev.ferry.engine.model.ValueTemplate;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.Connector;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds process definitions in Java for engine tests, without YAML. Values that are strings
 * containing {@code ${} become templates, as the YAML loader would make them.
 */
public final class TestDefinitions {
  private static final SourceLocation HERE = new SourceLocation("test", 1, 1);
  private final String name;
  private final List<Step> steps = new ArrayList<>();
  private final List<InputSpec> inputs = new ArrayList<>();
  private final Map<String, ApplicationSpec> applications = new LinkedHashMap<>();
  private List<Step> businessHandler = List.of();
  private List<Step> systemHandler = List.of();
  private RetryPolicy retry = RetryPolicy.NONE;
  private int priority;

  private TestDefinitions(String name) {
    this.name = name;
  }

  public static TestDefinitions process(String name) {
    return new TestDefinitions(name);
  }

  public TestDefinitions input(InputSpec input) {
    inputs.add(input);
    return this;
  }

  public TestDefinitions application(ApplicationSpec app) {
    applications.put(app.name(), app);
    return this;
  }

  public TestDefinitions step(Step step) {
    steps.add(step);
    return this;
  }

  public TestDefinitions onBusinessFailure(Step... handler) {
    businessHandler = List.of(handler);
    return this;
  }

  public TestDefinitions onSystemFailure(Step... handler) {
    systemHandler = List.of(handler);
    return this;
  }

  public TestDefinitions retry(RetryPolicy policy) {
    retry = policy;
    return this;
  }

  public TestDefinitions priority(int priority) {
    this.priority = priority;
    return this;
  }

  public ProcessDefinition build() {
    String source = "# built in Java: " + name + " " + steps;
    return new ProcessDefinition(
        name,
        1,
        "test process " + name,
        inputs,
        applications,
        steps,
        null,
        priority,
        null,
        new FailureHandlers(businessHandler, systemHandler, retry),
        "test",
        source,
        sha256(source));
  }

  /** An application entry for a connector, with the given config values. */
  public static ApplicationSpec app(
      String name, Connector<?> connector, int maxSessions, Map<String, Object> config) {
    return new ApplicationSpec(
        name,
        connector.id(),
        null,
        maxSessions,
        null,
        null,
        bind(connector.configType(), config),
        HERE);
  }

  /** An action step with no app, no retry and no timeout of its own. */
  public static Step.ActionStep action(
      String id, Action<?, ?> action, Map<String, Object> with, String saveAs) {
    return new Step.ActionStep(
        id,
        HERE,
        null,
        null,
        action.name(),
        bind(action.inputType(), with),
        saveAs,
        null,
        null,
        null,
        null,
        null);
  }

  public static Step.ActionStep inApp(Step.ActionStep step, String app) {
    return new Step.ActionStep(
        step.id(),
        HERE,
        step.condition(),
        app,
        step.action(),
        step.input(),
        step.saveAs(),
        step.retry(),
        step.timeout(),
        step.idempotent(),
        step.verify(),
        step.expect());
  }

  public static Step.ActionStep withRetry(Step.ActionStep step, RetryPolicy retry) {
    return new Step.ActionStep(
        step.id(),
        HERE,
        step.condition(),
        step.application(),
        step.action(),
        step.input(),
        step.saveAs(),
        retry,
        step.timeout(),
        step.idempotent(),
        step.verify(),
        step.expect());
  }

  public static Step.ActionStep withTimeout(Step.ActionStep step, java.time.Duration timeout) {
    return new Step.ActionStep(
        step.id(),
        HERE,
        step.condition(),
        step.application(),
        step.action(),
        step.input(),
        step.saveAs(),
        step.retry(),
        timeout,
        step.idempotent(),
        step.verify(),
        step.expect());
  }

  public static Step.ActionStep when(String condition, Step.ActionStep step) {
    return new Step.ActionStep(
        step.id(),
        HERE,
        Expression.parse(condition),
        step.application(),
        step.action(),
        step.input(),
        step.saveAs(),
        step.retry(),
        step.timeout(),
        step.idempotent(),
        step.verify(),
        step.expect());
  }

  public static Step.ForEachStep forEach(String id, String items, String as, Step... body) {
    return new Step.ForEachStep(id, HERE, null, Expression.parse(items), as, List.of(body));
  }

  public static Step.GroupStep group(String id, String condition, Step... body) {
    return new Step.GroupStep(
        id, HERE, condition == null ? null : Expression.parse(condition), List.of(body));
  }

  public static Step.FailStep fail(
      String id, String condition, FailureKind kind, String code, String message) {
    return new Step.FailStep(
        id,
        HERE,
        condition == null ? null : Expression.parse(condition),
        kind,
        code,
        Template.parse(message));
  }

  public static Step.CallStep call(
      String id, String process, Map<String, Object> with, String saveAs) {
    Map<String, ValueTemplate> inputs = new LinkedHashMap<>();
    with.forEach((k, v) -> inputs.put(k, template(v)));
    return new Step.CallStep(id, HERE, null, process, inputs, saveAs);
  }

  /**
   * Binds values to a record type by component name, turning {@code ${...}} strings into templates.
   */
  public static BoundInput bind(Class<? extends Record> type, Map<String, Object> values) {
    Map<String, ValueTemplate> arguments = new LinkedHashMap<>();
    values.forEach((k, v) -> arguments.put(k, template(v)));
    return new BoundInput(type, arguments);
  }

  @SuppressWarnings("unchecked")
  private static ValueTemplate template(Object value) {
    if (value instanceof String text && Template.containsExpression(text)) {
      return new ValueTemplate.Interpolated(Template.parse(text));
    }
    if (value instanceof List<?> list) {
      return new ValueTemplate.ListOf(list.stream().map(TestDefinitions::template).toList());
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, ValueTemplate> entries = new LinkedHashMap<>();
      ((Map<String, Object>) map).forEach((k, v) -> entries.put(k, template(v)));
      return new ValueTemplate.MapOf(entries);
    }
    return new ValueTemplate.Literal(value);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
