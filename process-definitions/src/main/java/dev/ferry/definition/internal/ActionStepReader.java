package dev.ferry.definition.internal;

import dev.ferry.engine.ConnectorRegistry;
import dev.ferry.engine.expr.Expression;
import dev.ferry.engine.model.BoundInput;
import dev.ferry.engine.model.CheckSpec;
import dev.ferry.engine.model.RetryPolicy;
import dev.ferry.engine.model.SourceLocation;
import dev.ferry.engine.model.Step;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.Connector;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads an action step: finds the action in the step's application's connector (or the one
 * connector offering it), binds {@code with:} to its input record, and reads the step's options.
 */
public final class ActionStepReader {
  /** The core action whose {@code variables:} keys become process variables. */
  public static final String SET_ACTION = "set";

  private final ConnectorRegistry registry;
  private final Problems problems;
  private final ValueBinder binder;
  private final StepIds ids;
  private final PolicyReader policies;
  private final Set<String> applications;
  private final Map<String, String> connectorOf;
  private final CheckReader checks;

  /**
   * @param applications every application named in the definition
   * @param connectorOf application name to connector id, for the applications whose connector is
   *     known
   */
  public ActionStepReader(
      ConnectorRegistry registry,
      Problems problems,
      ValueBinder binder,
      StepIds ids,
      Set<String> applications,
      Map<String, String> connectorOf) {
    this.registry = registry;
    this.problems = problems;
    this.binder = binder;
    this.ids = ids;
    this.policies = new PolicyReader(problems);
    this.applications = applications;
    this.connectorOf = connectorOf;
    this.checks = new CheckReader(registry, problems, binder);
  }

  Step read(Fields f, String id, SourceLocation at, Expression condition, VariableScope scope) {
    String name = Scalars.text(f.value("action"), "action:", problems);
    String app = f.has("app") ? Scalars.text(f.value("app"), "app:", problems) : null;
    Connector<?> connector = name == null ? null : connector(f, name, app);
    Action<?, ?> action =
        connector == null ? null : registry.action(connector.id(), name).orElse(null);
    if (action != null && action.unavailableReason() != null) {
      problems.add(
          f.value("action"),
          "action " + name + " cannot run on this machine: " + action.unavailableReason());
    }
    BoundInput input = null;
    if (action != null) {
      Node anchor = f.has("with") ? f.keyNode("with") : f.value("action");
      Fields with = Fields.of(f.value("with"), "with: of action " + name, problems);
      input =
          binder.bindRecord(
              with, Set.of(), action.inputType(), "with: of action " + name, anchor, scope);
      declareSetVariables(with, name, scope);
    }
    RetryPolicy retry =
        f.has("retry") ? policies.retry(f.value("retry"), "retry: of a step") : null;
    Duration timeout =
        f.has("timeout") ? Scalars.duration(f.value("timeout"), "timeout:", problems) : null;
    if (timeout != null && timeout.isZero()) {
      problems.add(f.value("timeout"), "timeout: must be longer than zero, such as 30s");
      timeout = null;
    }
    Boolean idempotent =
        f.has("idempotent") ? Scalars.bool(f.value("idempotent"), "idempotent:", problems) : null;
    String saveAs = saveAs(f, scope);
    VariableScope after = saveAs == null ? scope : scope.enter(saveAs);
    CheckSpec verify =
        f.has("verify") ? checks.read(f.value("verify"), "verify:", connector, after) : null;
    CheckSpec expect =
        f.has("expect") ? checks.read(f.value("expect"), "expect:", connector, after) : null;
    if (input == null) {
      return null;
    }
    return new Step.ActionStep(
        id == null ? ids.generate(name) : id,
        at,
        condition,
        app,
        name,
        input,
        saveAs,
        retry,
        timeout,
        idempotent,
        verify,
        expect);
  }

  /** Reads {@code save-as:} and declares the variable for the steps that follow. */
  String saveAs(Fields f, VariableScope scope) {
    if (!f.has("save-as")) {
      return null;
    }
    String name = Scalars.text(f.value("save-as"), "save-as:", problems);
    if (name == null || !Identifiers.variable(name, f.value("save-as"), "save-as:", problems)) {
      return null;
    }
    scope.declare(name);
    return name;
  }

  private void declareSetVariables(Fields with, String name, VariableScope scope) {
    if (!name.equals(SET_ACTION) || !(with.value("variables") instanceof MappingNode variables)) {
      return;
    }
    for (NodeTuple tuple : variables.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key
          && Identifiers.variable(key.getValue(), key, "variable", problems)) {
        scope.declare(key.getValue());
      }
    }
  }

  private Connector<?> connector(Fields f, String name, String app) {
    if (app != null) {
      return connectorOfApplication(f, name, app);
    }
    List<Connector<?>> offering = registry.connectorsOffering(name);
    if (offering.isEmpty()) {
      unknownAction(f.value("action"), name, name, registry.actionNames());
      return null;
    }
    if (offering.size() > 1) {
      problems.add(
          f.value("action"),
          "action "
              + name
              + " is offered by the connectors "
              + String.join(", ", offering.stream().map(Connector::id).toList())
              + "; add app: naming the application it runs in");
      return null;
    }
    Connector<?> connector = offering.get(0);
    if (!ParamInfo.allOptional(connector.configType())) {
      problems.add(
          f.value("action"),
          "action "
              + name
              + " needs an application: add app: naming an application whose connector is "
              + connector.id());
      return null;
    }
    return connector;
  }

  private Connector<?> connectorOfApplication(Fields f, String name, String app) {
    if (!applications.contains(app)) {
      problems.add(
          f.value("app"),
          "unknown application '"
              + app
              + "'"
              + Suggestions.hint(app, applications)
              + (applications.isEmpty()
                  ? "; declare it under applications:"
                  : " (the applications are " + String.join(", ", applications) + ")"));
      return null;
    }
    String connectorId = connectorOf.get(app);
    Connector<?> connector =
        connectorId == null ? null : registry.connector(connectorId).orElse(null);
    if (connector == null) {
      return null; // the application's own problem is already reported
    }
    if (registry.action(connectorId, name).isEmpty()) {
      unknownAction(
          f.value("action"),
          name,
          name + " in application '" + app + "' (connector " + connectorId + ")",
          connector.actions().stream().map(Action::name).toList());
      return null;
    }
    return connector;
  }

  private void unknownAction(Node node, String name, String described, List<String> known) {
    CheckReader.unknownAction(problems, node, name, described, known);
  }
}
