package dev.ferry.engine.expr.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The list macros {@code all}, {@code exists}, {@code map} and {@code filter}. */
final class Comprehensions {
  private final Evaluator evaluator;

  Comprehensions(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  Object run(Node.Comprehension node) {
    Object range = evaluator.evaluate(node.range());
    List<?> items;
    if (range == null) {
      items = List.of();
    } else if (range instanceof List) {
      items = (List<?>) range;
    } else if (range instanceof Map) {
      items = new ArrayList<>(((Map<?, ?>) range).keySet());
    } else {
      throw evaluator.fail(
          node,
          node.macro().name().toLowerCase(java.util.Locale.ROOT)
              + "(...) works on a list or a map, not on "
              + Describe.value(range));
    }
    String variable = node.variable();
    boolean wasBound = evaluator.isBound(variable);
    Object previous = evaluator.bind(variable, null);
    try {
      return loop(node, items);
    } finally {
      evaluator.unbind(variable, previous, wasBound);
    }
  }

  private Object loop(Node.Comprehension node, List<?> items) {
    List<Object> out = new ArrayList<>();
    for (Object item : items) {
      evaluator.bind(node.variable(), evaluator.expose(node.range(), item));
      switch (node.macro()) {
        case ALL:
          if (!evaluator.test(node.body())) {
            return false;
          }
          break;
        case EXISTS:
          if (evaluator.test(node.body())) {
            return true;
          }
          break;
        case MAP:
          out.add(evaluator.evaluate(node.body()));
          break;
        default:
          if (evaluator.test(node.body())) {
            out.add(evaluator.expose(node.range(), item));
          }
      }
    }
    switch (node.macro()) {
      case ALL:
        return true;
      case EXISTS:
        return false;
      default:
        return out;
    }
  }
}
