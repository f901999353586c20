package dev.ferry.definition.internal;

import dev.ferry.engine.ConnectorRegistry;
import dev.ferry.engine.model.ApplicationSpec;
import dev.ferry.engine.model.FailureHandlers;
import dev.ferry.engine.model.InputSpec;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.model.RetryPolicy;
import dev.ferry.engine.model.Step;
import dev.ferry.engine.model.TriggerSpec;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads a whole definition from its YAML root, collecting every problem on the way. */
public final class DefinitionReader {
  public static final List<String> TOP_KEYS = LanguageDocs.keys(LanguageDocs.TOP);
  public static final List<String> ON_FAILURE_KEYS = LanguageDocs.keys(LanguageDocs.ON_FAILURE);
  public static final List<String> SYSTEM_HANDLER_KEYS =
      LanguageDocs.keys(LanguageDocs.SYSTEM_HANDLER);

  /** Variables every expression may read, besides inputs and saved outputs. */
  public static final Set<String> BUILT_IN_VARIABLES =
      Set.of("trigger", "config", "env", "transaction");

  /** The failure being handled, known only inside {@code on-failure:} handlers. */
  public static final String ERROR_VARIABLE = "error";

  private final ConnectorRegistry registry;
  private final Problems problems;

  public DefinitionReader(ConnectorRegistry registry, Problems problems) {
    this.registry = registry;
    this.problems = problems;
  }

  /** The definition, or null when there were problems. */
  public ProcessDefinition read(Node root, String sourceText, String sha256) {
    if (!(root instanceof MappingNode)) {
      problems.add(
          root,
          "a definition is a map of 'key: value' lines starting with 'process: <name>', not "
              + Scalars.kind(root));
      return null;
    }
    Fields top = Fields.of(root, "the definition", problems);
    top.rejectUnknown(TOP_KEYS, "the definition");
    String name = name(top, root);
    Integer version = version(top, root);
    String description =
        top.has("description")
            ? Scalars.text(top.value("description"), "description:", problems)
            : null;
    List<InputSpec> inputs =
        top.has("inputs") ? new InputsReader(problems).read(top.value("inputs")) : List.of();
    ExpressionCheck expressions = new ExpressionCheck(problems);
    ValueBinder binder = new ValueBinder(problems, expressions);
    ApplicationsReader applicationsReader = new ApplicationsReader(registry, problems, binder);
    Map<String, ApplicationSpec> applications =
        top.has("applications") ? applicationsReader.read(top.value("applications")) : Map.of();
    TriggerSpec trigger =
        top.has("trigger") ? new TriggerReader(problems).read(top.value("trigger")) : null;
    Integer priority = 0;
    if (top.has("priority")) {
      priority = Scalars.atLeast(top.value("priority"), 0, "priority:", problems);
    }
    Duration deadline = null;
    if (top.has("deadline")) {
      deadline = Scalars.duration(top.value("deadline"), "deadline:", problems);
      if (deadline != null && deadline.isZero()) {
        problems.add(top.value("deadline"), "deadline: must be longer than 0, such as 4h");
      }
    }

    Set<String> declared = new HashSet<>(BUILT_IN_VARIABLES);
    inputs.forEach(i -> declared.add(i.name()));
    VariableScope scope = VariableScope.root(declared, VariableScope.STEPS_HINT);
    StepIds ids = StepIds.scan(root, problems);
    Set<String> applicationNames =
        new LinkedHashSet<>(
            Fields.of(top.value("applications"), "applications:", new Problems(problems.file()))
                .keys());
    ActionStepReader actions =
        new ActionStepReader(
            registry, problems, binder, ids, applicationNames, applicationsReader.connectorOf());
    StepsReader steps = new StepsReader(problems, expressions, binder, ids, actions);
    List<Step> body = List.of();
    if (top.has("steps")) {
      Node list = top.value("steps");
      if (list instanceof SequenceNode sequence && sequence.getValue().isEmpty()) {
        problems.add(list, "steps: is empty; a process needs at least one step");
      }
      body = steps.readList(list, "steps:", scope);
    } else if (root != null) {
      problems.add(root, "the definition needs steps:, the list of steps to run");
    }
    FailureHandlers onFailure =
        top.has("on-failure")
            ? onFailure(top.value("on-failure"), steps, scope.enter(ERROR_VARIABLE))
            : FailureHandlers.NONE;
    if (!problems.isEmpty()
        || name == null
        || version == null
        || priority == null
        || onFailure == null) {
      return null;
    }
    return new ProcessDefinition(
        name,
        version,
        description,
        inputs,
        applications,
        body,
        trigger,
        priority,
        deadline,
        onFailure,
        problems.file(),
        sourceText,
        sha256);
  }

  private String name(Fields top, Node root) {
    if (!top.has("process")) {
      problems.add(
          root, "the definition needs 'process: <name>', such as 'process: invoice-intake'");
      return null;
    }
    String name = Scalars.text(top.value("process"), "process:", problems);
    return name != null
            && Identifiers.kebab(name, top.value("process"), "the process name", problems)
        ? name
        : null;
  }

  private Integer version(Fields top, Node root) {
    if (!top.has("version")) {
      problems.add(root, "the definition needs 'version: <number>', such as 'version: 1'");
      return null;
    }
    return Scalars.atLeast(top.value("version"), 1, "version:", problems);
  }

  private FailureHandlers onFailure(Node node, StepsReader steps, VariableScope scope) {
    Fields f = Fields.of(node, "on-failure:", problems);
    f.rejectUnknown(ON_FAILURE_KEYS, "on-failure:");
    List<Step> business =
        f.has("business") ? steps.readList(f.value("business"), "business:", scope) : List.of();
    List<Step> system = List.of();
    RetryPolicy retry = RetryPolicy.NONE;
    if (f.has("system")) {
      Fields s = Fields.of(f.value("system"), "system: of on-failure:", problems);
      s.rejectUnknown(SYSTEM_HANDLER_KEYS, "system: of on-failure:");
      if (s.has("retry")) {
        retry = new PolicyReader(problems).retry(s.value("retry"), "retry: of on-failure: system:");
      }
      if (s.has("steps")) {
        system = steps.readList(s.value("steps"), "steps: of on-failure: system:", scope);
      }
    }
    return retry == null ? null : new FailureHandlers(business, system, retry);
  }
}
