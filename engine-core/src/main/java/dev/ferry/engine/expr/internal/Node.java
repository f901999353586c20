package dev.ferry.engine.expr.internal;

import java.util.List;

/**
 * A node of a parsed expression. Nodes are immutable; {@code start} and {@code end} are absolute
 * offsets into the text the expression was parsed from, used to quote it in error messages.
 */
public sealed interface Node {
  int start();

  int end();

  record Literal(Object value, int start, int end) implements Node {}

  record ListLiteral(List<Node> items, int start, int end) implements Node {
    public ListLiteral {
      items = List.copyOf(items);
    }
  }

  record MapLiteral(List<Node> keys, List<Node> values, int start, int end) implements Node {
    public MapLiteral {
      keys = List.copyOf(keys);
      values = List.copyOf(values);
    }
  }

  record Name(String name, int start, int end) implements Node {}

  record Member(Node target, String name, int start, int end) implements Node {}

  record Index(Node target, Node index, int start, int end) implements Node {}

  /** A built-in function call; a receiver call {@code x.f(a)} is stored as {@code f(x, a)}. */
  record Call(Function function, List<Node> args, int start, int end) implements Node {
    public Call {
      args = List.copyOf(args);
    }
  }

  /** {@code has(x.y)}: whether a field is present and not null. */
  record Has(Node target, int start, int end) implements Node {}

  /** {@code list.all(x, p)}, {@code exists}, {@code map}, {@code filter}. */
  record Comprehension(Macro macro, Node range, String variable, Node body, int start, int end)
      implements Node {}

  record Unary(String operator, Node operand, int start, int end) implements Node {}

  record Binary(String operator, Node left, Node right, int start, int end) implements Node {}

  record Conditional(Node condition, Node then, Node otherwise, int start, int end)
      implements Node {}

  enum Macro {
    ALL,
    EXISTS,
    MAP,
    FILTER
  }
}
