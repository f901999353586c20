package dev.ferry.definition.internal;

import dev.ferry.engine.expr.Template;
import dev.ferry.engine.expr.ValueConverter;
import dev.ferry.engine.model.BoundInput;
import dev.ferry.engine.model.ValueTemplate;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Binds YAML values to the types of a record's components: {@code with:} maps to action inputs,
 * application settings to connector configs. Literals are checked against the component's type now;
 * strings with {@code ${...}} become templates whose variables are checked now. The engine converts
 * both to the component's type when the step runs.
 */
public final class ValueBinder {
  private final Problems problems;
  private final ExpressionCheck expressions;

  public ValueBinder(Problems problems, ExpressionCheck expressions) {
    this.problems = problems;
    this.expressions = expressions;
  }

  /**
   * Binds a map to a record type.
   *
   * @param reserved keys of the same map that are not the record's, such as an application's {@code
   *     connector:}
   * @param anchor where to report a missing required key
   */
  public BoundInput bindRecord(
      Fields fields,
      Set<String> reserved,
      Class<? extends Record> type,
      String what,
      Node anchor,
      VariableScope scope) {
    return new BoundInput(type, components(fields, reserved, type, what, anchor, scope));
  }

  private Map<String, ValueTemplate> components(
      Fields fields,
      Set<String> reserved,
      Class<?> type,
      String what,
      Node anchor,
      VariableScope scope) {
    List<ParamInfo> params = ParamInfo.of(type);
    Set<String> known = new LinkedHashSet<>();
    params.forEach(p -> known.add(p.key()));
    known.addAll(reserved);
    fields.rejectUnknown(known, what);
    Map<String, ValueTemplate> bound = new LinkedHashMap<>();
    for (ParamInfo param : params) {
      Node value = fields.value(param.key());
      if (value == null || Scalars.isNull(value)) {
        if (param.required()) {
          problems.add(
              value == null ? anchor : value,
              what
                  + " needs '"
                  + param.key()
                  + "'"
                  + (param.help().isEmpty() ? "" : " (" + param.help() + ")")
                  + "; add "
                  + param.key()
                  + ": <value>");
        }
        continue;
      }
      ValueTemplate template = bind(value, param.type(), "'" + param.key() + "' in " + what, scope);
      if (template != null) {
        bound.put(param.name(), template);
      }
    }
    return bound;
  }

  /** Binds one value to a Java type; null after reporting a problem. */
  public ValueTemplate bind(Node node, Type target, String what, VariableScope scope) {
    if (node instanceof ScalarNode scalar
        && ExpressionCheck.containsExpression(scalar.getValue())) {
      Template template = expressions.template(scalar, what, scope);
      return template == null ? null : new ValueTemplate.Interpolated(template);
    }
    Class<?> raw = raw(target);
    if (raw == Object.class) {
      return untyped(node, what, scope);
    }
    if (List.class.isAssignableFrom(raw)) {
      Type element = argument(target, 0);
      List<Node> items =
          node instanceof SequenceNode sequence ? sequence.getValue() : List.of(node);
      List<ValueTemplate> bound = new ArrayList<>();
      for (Node item : items) {
        ValueTemplate value = bind(item, element, what, scope);
        if (value != null) {
          bound.add(value);
        }
      }
      return new ValueTemplate.ListOf(bound);
    }
    if (Map.class.isAssignableFrom(raw)) {
      Type valueType = argument(target, 1);
      Fields fields = Fields.of(node, what, problems);
      Map<String, ValueTemplate> bound = new LinkedHashMap<>();
      for (String key : fields.keys()) {
        ValueTemplate value = bind(fields.value(key), valueType, "'" + key + "' in " + what, scope);
        if (value != null) {
          bound.put(key, value);
        }
      }
      return new ValueTemplate.MapOf(bound);
    }
    if (raw.isRecord()) {
      Fields fields = Fields.of(node, what, problems);
      return new ValueTemplate.MapOf(components(fields, Set.of(), raw, what, node, scope));
    }
    if (!(node instanceof ScalarNode scalar)) {
      problems.add(node, what + " must be a single value, not " + Scalars.kind(node));
      return null;
    }
    if (Scalars.isNull(scalar)) {
      return new ValueTemplate.Literal(null);
    }
    // The engine converts literals with the same converter when the step runs, so the model keeps
    // the value as YAML wrote it; text keeps its exact spelling, such as "007".
    Object written = unescape(raw == String.class ? scalar.getValue() : Scalars.value(scalar));
    Optional<String> error = ValueConverter.check(written, target);
    if (error.isPresent()) {
      problems.add(node, what + ": " + error.get());
      return null;
    }
    return new ValueTemplate.Literal(written);
  }

  /** A literal {@code $${} is the analyst's way of writing {@code ${} without an expression. */
  private static Object unescape(Object value) {
    return value instanceof String text ? text.replace("$${", "${") : value;
  }

  /** A value of no declared type: numbers, booleans and text read from their YAML text. */
  public ValueTemplate untyped(Node node, String what, VariableScope scope) {
    if (node instanceof ScalarNode scalar) {
      if (ExpressionCheck.containsExpression(scalar.getValue())) {
        Template template = expressions.template(scalar, what, scope);
        return template == null ? null : new ValueTemplate.Interpolated(template);
      }
      return new ValueTemplate.Literal(unescape(Scalars.value(scalar)));
    }
    if (node instanceof SequenceNode sequence) {
      List<ValueTemplate> items = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        ValueTemplate value = untyped(item, what, scope);
        if (value != null) {
          items.add(value);
        }
      }
      return new ValueTemplate.ListOf(items);
    }
    if (node instanceof MappingNode) {
      Fields fields = Fields.of(node, what, problems);
      Map<String, ValueTemplate> entries = new LinkedHashMap<>();
      for (String key : fields.keys()) {
        ValueTemplate value = untyped(fields.value(key), "'" + key + "' in " + what, scope);
        if (value != null) {
          entries.put(key, value);
        }
      }
      return new ValueTemplate.MapOf(entries);
    }
    problems.add(node, what + " cannot be read");
    return null;
  }

  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }
}
