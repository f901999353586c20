package dev.ferry.engine.expr.internal;

import dev.ferry.engine.expr.ExpressionException;
import dev.ferry.engine.expr.Scope;
import dev.ferry.engine.expr.Values;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates one parsed expression against one scope. Not thread-safe: create one per evaluation. It
 * reads only the scope and calls only the built-in table, and counts its work so that no expression
 * can run for long.
 */
public final class Evaluator implements Evaluation {
  /** Node visits (plus items processed by functions) allowed in one evaluation. */
  public static final long MAX_STEPS = 100_000;

  /** The longest text an expression may produce, in characters. */
  public static final int MAX_TEXT = 10 * 1024 * 1024;

  private final String text;
  private final Scope scope;
  private final Map<String, Object> locals = new HashMap<>();
  private long steps;
  private Node current;
  private final Access access = new Access(this);

  /**
   * @param text the whole text the nodes' offsets point into, for quoting in errors
   */
  public Evaluator(String text, Scope scope) {
    this.text = text;
    this.scope = scope;
  }

  /**
   * Evaluates a node. Recursion is bounded because the parser refuses trees higher than {@link
   * Parser#MAX_HEIGHT}.
   */
  public Object evaluate(Node node) {
    current = node;
    charge(1);
    try {
      return visit(node);
    } catch (ArithmeticException | DateTimeException e) {
      throw fail(node, "the result is out of range (" + e.getMessage() + ")");
    }
  }

  /** Evaluates a condition: true, false, or null (which counts as false). */
  public boolean test(Node node) {
    Object value = evaluate(node);
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean) {
      return (Boolean) value;
    }
    throw fail(node, "expected true or false but got " + Describe.value(value));
  }

  private Object visit(Node node) {
    if (node instanceof Node.Literal) {
      return ((Node.Literal) node).value();
    } else if (node instanceof Node.Name) {
      return name((Node.Name) node);
    } else if (node instanceof Node.Member) {
      Node.Member member = (Node.Member) node;
      return access.field(member, evaluate(member.target()), member.name());
    } else if (node instanceof Node.Index) {
      return access.index((Node.Index) node);
    } else if (node instanceof Node.Binary) {
      return binary((Node.Binary) node);
    } else if (node instanceof Node.Unary) {
      return unary((Node.Unary) node);
    } else if (node instanceof Node.Conditional) {
      Node.Conditional c = (Node.Conditional) node;
      return test(c.condition()) ? evaluate(c.then()) : evaluate(c.otherwise());
    } else if (node instanceof Node.Call) {
      return call((Node.Call) node);
    } else if (node instanceof Node.Has) {
      return access.has(((Node.Has) node).target());
    } else if (node instanceof Node.Comprehension) {
      return new Comprehensions(this).run((Node.Comprehension) node);
    } else if (node instanceof Node.ListLiteral) {
      List<Object> list = new ArrayList<>();
      for (Node item : ((Node.ListLiteral) node).items()) {
        list.add(evaluate(item));
      }
      return list;
    }
    Node.MapLiteral literal = (Node.MapLiteral) node;
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < literal.keys().size(); i++) {
      Object key = evaluate(literal.keys().get(i));
      if (!(key instanceof String)) {
        throw fail(literal.keys().get(i), "a map key must be text, not " + Describe.value(key));
      }
      map.put((String) key, evaluate(literal.values().get(i)));
    }
    return map;
  }

  private Object name(Node.Name node) {
    String name = node.name();
    if (locals.containsKey(name)) {
      return locals.get(name);
    }
    if (!scope.contains(name)) {
      throw fail(
          node,
          "there is no variable named '"
              + name
              + "' (check the spelling, or test whether it is set with has("
              + name
              + "))");
    }
    return expose(node, scope.get(name));
  }

  private Object binary(Node.Binary node) {
    String op = node.operator();
    if (op.equals("&&")) {
      return test(node.left()) && test(node.right());
    }
    if (op.equals("||")) {
      return test(node.left()) || test(node.right());
    }
    Object a = evaluate(node.left());
    Object b = evaluate(node.right());
    current = node;
    switch (op) {
      case "==":
        return Operators.equal(a, b);
      case "!=":
        return !Operators.equal(a, b);
      case "in":
        return access.in(node, a, b);
      case "<":
      case "<=":
      case ">":
      case ">=":
        return compare(node, op, a, b);
      default:
        Object result = a == null || b == null ? null : Operators.arithmetic(op, a, b, this);
        if (result == null) {
          throw fail(
              node, "cannot " + verb(op) + " " + Describe.value(a) + " and " + Describe.value(b));
        }
        return result;
    }
  }

  private boolean compare(Node node, String op, Object a, Object b) {
    if (a == null || b == null) {
      return false;
    }
    Integer c = Operators.compare(a, b);
    if (c == null) {
      throw fail(node, "cannot compare " + Describe.value(a) + " with " + Describe.value(b));
    }
    switch (op) {
      case "<":
        return c < 0;
      case "<=":
        return c <= 0;
      case ">":
        return c > 0;
      default:
        return c >= 0;
    }
  }

  private Object unary(Node.Unary node) {
    if (node.operator().equals("!")) {
      return !test(node.operand());
    }
    Object v = evaluate(node.operand());
    if (v instanceof Long) {
      return Math.negateExact((Long) v);
    }
    if (v instanceof BigDecimal) {
      return ((BigDecimal) v).negate();
    }
    if (v instanceof Duration) {
      return ((Duration) v).negated();
    }
    throw fail(node, "cannot make " + Describe.value(v) + " negative");
  }

  private Object call(Node.Call node) {
    Function function = node.function();
    List<Object> args = new ArrayList<>(node.args().size());
    for (Node arg : node.args()) {
      args.add(evaluate(arg));
    }
    if (function.nullIn() && args.get(0) == null) {
      return null;
    }
    current = node;
    return expose(node, function.body().apply(args, this));
  }

  Object bind(String variable, Object value) {
    return locals.put(variable, value);
  }

  void unbind(String variable, Object previous, boolean wasBound) {
    if (wasBound) {
      locals.put(variable, previous);
    } else {
      locals.remove(variable);
    }
  }

  /** Whether a variable is set and not null, for has(name). */
  boolean isSet(String name) {
    if (locals.containsKey(name)) {
      return locals.get(name) != null;
    }
    return scope.contains(name) && scope.get(name) != null;
  }

  boolean isBound(String variable) {
    return locals.containsKey(variable);
  }

  Object expose(Node node, Object value) {
    if (Values.isExpressionValue(value)) {
      return value;
    }
    try {
      return Values.normalize(value);
    } catch (IllegalArgumentException e) {
      throw fail(node, e.getMessage());
    }
  }

  @Override
  public ExpressionException fail(String message) {
    return fail(current, message);
  }

  ExpressionException fail(Node node, String message) {
    if (node == null) {
      return new ExpressionException(message, -1);
    }
    String quoted = text.substring(node.start(), node.end());
    String where = node instanceof Node.Name ? "" : " in '" + Describe.shorten(quoted) + "'";
    return new ExpressionException(
        message + where + " (at column " + (node.start() + 1) + ")", node.start());
  }

  @Override
  public Object value(Object item) {
    return expose(current, item);
  }

  @Override
  public void charge(long count) {
    steps += count;
    if (steps > MAX_STEPS) {
      throw fail(
          current,
          "the expression did more than "
              + MAX_STEPS
              + " steps of work; it is too big for one expression: split the work into steps");
    }
  }

  @Override
  public String text(CharSequence produced) {
    reserve(produced.length());
    return produced.toString();
  }

  @Override
  public void reserve(long length) {
    if (length > MAX_TEXT) {
      throw fail(
          "the text produced would be "
              + length
              + " characters long; the limit is "
              + MAX_TEXT
              + " (10 MB)");
    }
  }

  private static String verb(String op) {
    switch (op) {
      case "+":
        return "add";
      case "-":
        return "subtract";
      case "*":
        return "multiply";
      case "/":
        return "divide";
      default:
        return "take the remainder of";
    }
  }
}
