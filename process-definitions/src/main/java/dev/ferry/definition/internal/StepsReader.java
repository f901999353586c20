package dev.ferry.definition.internal;

import dev.ferry.engine.expr.Expression;
import dev.ferry.engine.model.SourceLocation;
import dev.ferry.engine.model.Step;
import dev.ferry.engine.model.ValueTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a {@code steps:} list. A step is exactly one of an action, a for-each loop, a group of
 * steps, a sub-process call or a deliberate failure; the keys it may have depend on which.
 */
public final class StepsReader {
  public static final List<String> KEYS = LanguageDocs.keys(LanguageDocs.STEP);
  public static final List<String> CALL_KEYS = LanguageDocs.keys(LanguageDocs.CALL);

  private static final Map<String, Set<String>> KEYS_BY_KIND =
      Map.of(
          "action",
          Set.of(
              "app",
              "action",
              "with",
              "save-as",
              "retry",
              "timeout",
              "idempotent",
              "verify",
              "expect"),
          "for-each",
          Set.of("for-each", "as", "steps"),
          "steps",
          Set.of("steps"),
          "call",
          Set.of("call", "with", "save-as"),
          "fail",
          Set.of("fail"));

  private final Problems problems;
  private final ExpressionCheck expressions;
  private final ValueBinder binder;
  private final StepIds ids;
  private final ActionStepReader actions;

  public StepsReader(
      Problems problems,
      ExpressionCheck expressions,
      ValueBinder binder,
      StepIds ids,
      ActionStepReader actions) {
    this.problems = problems;
    this.expressions = expressions;
    this.binder = binder;
    this.ids = ids;
    this.actions = actions;
  }

  public List<Step> readList(Node node, String what, VariableScope scope) {
    List<Step> steps = new ArrayList<>();
    if (!(node instanceof SequenceNode sequence)) {
      problems.add(node, what + " must be a list of steps, each starting with '- '");
      return steps;
    }
    for (Node item : sequence.getValue()) {
      Step step = read(item, scope);
      if (step != null) {
        steps.add(step);
      }
    }
    return steps;
  }

  private Step read(Node node, VariableScope scope) {
    Fields f = Fields.of(node, "a step", problems);
    f.rejectUnknown(KEYS, "a step");
    List<String> kinds =
        new ArrayList<>(
            List.of("action", "for-each", "call", "fail").stream().filter(f::has).toList());
    if (f.has("steps") && !f.has("for-each")) {
      kinds.add("steps");
    }
    if (kinds.size() != 1) {
      problems.add(
          node,
          kinds.isEmpty()
              ? "a step needs one of action:, for-each:, steps:, call: or fail:"
              : "a step is exactly one of action, for-each, steps (a group), call or fail; this"
                  + " one has both '"
                  + String.join("' and '", kinds)
                  + "'; split it into separate steps");
      return null;
    }
    String kind = kinds.get(0);
    for (String key : f.keys()) {
      if (KEYS.contains(key)
          && !key.equals("id")
          && !key.equals("if")
          && !KEYS_BY_KIND.get(kind).contains(key)) {
        problems.add(f.keyNode(key), "'" + key + "' does not apply to " + describe(kind) + " step");
      }
    }
    String id = explicitId(f);
    Expression condition =
        f.has("if") ? expressions.expression(f.value("if"), "the if: condition", scope) : null;
    SourceLocation at = problems.at(node);
    return switch (kind) {
      case "action" -> actions.read(f, id, at, condition, scope);
      case "for-each" -> forEach(f, id, at, condition, scope);
      case "steps" ->
          new Step.GroupStep(
              id == null ? ids.generate("group") : id,
              at,
              condition,
              readList(f.value("steps"), "steps: of a group", scope));
      case "call" -> call(f, id, at, condition, scope);
      default -> new FailStepReader(problems, expressions, ids).read(f, id, at, condition, scope);
    };
  }

  private static String describe(String kind) {
    return switch (kind) {
      case "action" -> "an action";
      case "steps" -> "a group (steps:)";
      default -> "a " + kind;
    };
  }

  private String explicitId(Fields f) {
    if (!f.has("id")) {
      return null;
    }
    String id = Scalars.text(f.value("id"), "the step id", problems);
    if (id == null || !Identifiers.stepId(id, f.value("id"), problems)) {
      return null;
    }
    ids.claim(id, f.value("id"));
    return id;
  }

  private Step forEach(
      Fields f, String id, SourceLocation at, Expression condition, VariableScope scope) {
    Expression items = expressions.expression(f.value("for-each"), "for-each:", scope);
    String as = "item";
    if (f.has("as")) {
      as = Scalars.text(f.value("as"), "as:", problems);
      if (as != null && !Identifiers.variable(as, f.value("as"), "as:", problems)) {
        as = null;
      }
    }
    if (!f.has("steps")) {
      problems.add(f.keyNode("for-each"), "for-each: needs steps: to run for each item");
    }
    List<Step> body =
        f.has("steps")
            ? readList(
                f.value("steps"), "steps: of for-each", scope.enter(as == null ? "item" : as))
            : List.of();
    if (items == null || as == null) {
      return null;
    }
    return new Step.ForEachStep(
        id == null ? ids.generate("for-each") : id, at, condition, items, as, body);
  }

  private Step call(
      Fields f, String id, SourceLocation at, Expression condition, VariableScope scope) {
    Node callNode = f.value("call");
    String process;
    Node with = f.value("with");
    if (callNode instanceof ScalarNode) {
      process = Scalars.text(callNode, "call:", problems);
    } else {
      Fields body = Fields.of(callNode, "call:", problems);
      body.rejectUnknown(CALL_KEYS, "call:");
      process =
          body.has("process")
              ? Scalars.text(body.value("process"), "'process' of call:", problems)
              : null;
      if (!body.has("process")) {
        problems.add(callNode, "call: needs 'process:', the name of the process to run");
      }
      if (body.has("with")) {
        with = body.value("with");
      }
    }
    if (process != null && !Identifiers.kebab(process, callNode, "the called process", problems)) {
      process = null;
    }
    Map<String, ValueTemplate> inputs = new LinkedHashMap<>();
    Fields withFields = Fields.of(with, "with: of call", problems);
    for (String key : withFields.keys()) {
      ValueTemplate value =
          binder.untyped(withFields.value(key), "'" + key + "' in with: of call", scope);
      if (value != null) {
        inputs.put(key, value);
      }
    }
    String saveAs = actions.saveAs(f, scope);
    if (process == null) {
      return null;
    }
    return new Step.CallStep(
        id == null ? ids.generate("call") : id, at, condition, process, inputs, saveAs);
  }
}
