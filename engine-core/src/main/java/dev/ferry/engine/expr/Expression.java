package dev.ferry.engine.expr;

import dev.ferry.engine.expr.internal.Builtins;
import dev.ferry.engine.expr.internal.Evaluator;
import dev.ferry.engine.expr.internal.Node;
import dev.ferry.engine.expr.internal.Parser;
import dev.ferry.engine.expr.internal.Trees;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A parsed expression of Ferry's expression language, such as {@code invoice.total <= 0}. See
 * {@code docs/expressions.md} for the language.
 *
 * <p>An expression can only read the variables of the {@link Scope} it is evaluated with and call
 * the fixed table of built-in functions: it has no access to Java objects, classes, files or the
 * network. Its size, nesting and the work one evaluation may do are limited.
 *
 * <p>Instances are immutable and thread-safe; one parsed expression may be evaluated by many
 * threads at once.
 */
public final class Expression {
  private final String source;
  private final String text;
  private final Node root;
  private final Set<String> freeVariables;

  private Expression(String source, String text, Node root) {
    this.source = source;
    this.text = text;
    this.root = root;
    this.freeVariables = Collections.unmodifiableSet(FreeVariables.of(root));
  }

  /**
   * Parses an expression.
   *
   * @param source the expression text, not null
   * @throws ExpressionException when the text is not a valid expression; its position is the
   *     0-based offset of the problem and its message says what is wrong in plain English
   */
  public static Expression parse(String source) {
    Objects.requireNonNull(source, "source");
    return new Expression(source, source, Parser.parse(source, 0, source.length()));
  }

  /** Parses {@code text[start, end)}, reporting positions as offsets in the whole text. */
  static Expression parse(String text, int start, int end) {
    return new Expression(text.substring(start, end), text, Parser.parse(text, start, end));
  }

  /** The names of the built-in functions and macros, sorted, for editor completion. */
  public static Set<String> functionNames() {
    return Builtins.names();
  }

  /** The expression's text as written. */
  public String source() {
    return source;
  }

  /**
   * The names of the variables the expression reads at its top level, such as {@code invoice} for
   * {@code invoice.total > 0}; names bound inside {@code all}, {@code exists}, {@code map} and
   * {@code filter} are not included. Never null.
   */
  public Set<String> freeVariables() {
    return freeVariables;
  }

  /**
   * Evaluates the expression.
   *
   * @param scope the variables it may read, not null
   * @return an expression value (see {@link Values}); may be null
   * @throws ExpressionException when evaluation fails, such as adding text to a number, reading a
   *     variable that does not exist, or exceeding a limit; the message quotes the failing part
   */
  public Object evaluate(Scope scope) {
    Objects.requireNonNull(scope, "scope");
    return new Evaluator(text, scope).evaluate(root);
  }

  /**
   * Evaluates the expression as a condition, as {@code if:} does: null counts as false.
   *
   * @throws ExpressionException when the value is neither true, false nor null, or evaluation fails
   */
  public boolean test(Scope scope) {
    Objects.requireNonNull(scope, "scope");
    return new Evaluator(text, scope).test(root);
  }

  @Override
  public String toString() {
    return source;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Expression && ((Expression) other).source.equals(source);
  }

  @Override
  public int hashCode() {
    return source.hashCode();
  }

  /** Collects the top-level names, leaving out comprehension variables where they are bound. */
  private static final class FreeVariables {
    private final Set<String> found = new LinkedHashSet<>();
    private final Set<String> bound = new HashSet<>();

    static Set<String> of(Node root) {
      FreeVariables collector = new FreeVariables();
      collector.visit(root);
      return collector.found;
    }

    // Recursion here is bounded: the parser refused trees higher than Parser.MAX_HEIGHT.
    private void visit(Node node) {
      if (node instanceof Node.Name) {
        String name = ((Node.Name) node).name();
        if (!bound.contains(name)) {
          found.add(name);
        }
      } else if (node instanceof Node.Comprehension) {
        Node.Comprehension c = (Node.Comprehension) node;
        visit(c.range());
        boolean added = bound.add(c.variable());
        visit(c.body());
        if (added) {
          bound.remove(c.variable());
        }
      } else {
        Trees.children(node).forEach(this::visit);
      }
    }
  }
}
