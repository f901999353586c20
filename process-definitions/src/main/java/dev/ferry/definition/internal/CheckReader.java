package dev.ferry.definition.internal;

import dev.ferry.engine.ConnectorRegistry;
import dev.ferry.engine.model.BoundInput;
import dev.ferry.engine.model.CheckSpec;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.Connector;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a step's {@code expect:} or {@code verify:} map: the inputs of the connector's check
 * action, or of the action named by an {@code action:} key inside it.
 */
final class CheckReader {
  private final ConnectorRegistry registry;
  private final Problems problems;
  private final ValueBinder binder;

  CheckReader(ConnectorRegistry registry, Problems problems, ValueBinder binder) {
    this.registry = registry;
    this.problems = problems;
    this.binder = binder;
  }

  CheckSpec read(Node node, String key, Connector<?> connector, VariableScope scope) {
    if (connector == null) {
      return null;
    }
    Fields f = Fields.of(node, key, problems);
    String name =
        f.has("action")
            ? Scalars.text(f.value("action"), "action: in " + key, problems)
            : connector.checkAction();
    if (name == null) {
      if (!f.has("action")) {
        problems.add(
            node,
            "connector "
                + connector.id()
                + " has no check action for "
                + key
                + "; add 'action: <name>' inside "
                + key
                + " to choose one");
      }
      return null;
    }
    Action<?, ?> action = registry.action(connector.id(), name).orElse(null);
    if (action == null) {
      unknownAction(
          problems,
          f.has("action") ? f.value("action") : node,
          name,
          name + " in " + key,
          connector.actions().stream().map(Action::name).toList());
      return null;
    }
    BoundInput input =
        binder.bindRecord(
            f, Set.of("action"), action.inputType(), key + " (" + name + ")", node, scope);
    return new CheckSpec(name, input, problems.at(node));
  }

  static void unknownAction(
      Problems problems, Node node, String name, String described, List<String> known) {
    String hint = Suggestions.hint(name, known);
    problems.add(
        node,
        "unknown action "
            + described
            + (hint.isEmpty() ? "; the actions available are " + String.join(", ", known) : hint));
  }
}
