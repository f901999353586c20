package dev.ferry.engine.expr;

import dev.ferry.engine.expr.internal.Evaluator;
import dev.ferry.engine.expr.internal.TemplateScanner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Text with {@code ${expression}} parts, such as {@code "Invoice ${invoice.number} has no total"}.
 * Write {@code $${} for a literal {@code ${}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Template {
  private final String source;
  private final List<Object> parts; // String or Expression, in order
  private final List<Expression> expressions;

  private Template(String source, List<Object> parts) {
    this.source = source;
    this.parts = List.copyOf(parts);
    List<Expression> found = new ArrayList<>();
    for (Object part : parts) {
      if (part instanceof Expression) {
        found.add((Expression) part);
      }
    }
    this.expressions = Collections.unmodifiableList(found);
  }

  /**
   * Parses a template.
   *
   * @param source the text, not null
   * @throws ExpressionException when a {@code ${...}} part is not closed or its expression is not
   *     valid; the position is the 0-based offset in the whole text
   */
  public static Template parse(String source) {
    Objects.requireNonNull(source, "source");
    List<Object> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int at = 0;
    while (at < source.length()) {
      if (source.startsWith("$${", at)) {
        literal.append("${");
        at += 3;
      } else if (source.startsWith("${", at)) {
        int close = TemplateScanner.closingBrace(source, at);
        if (literal.length() > 0) {
          parts.add(literal.toString());
          literal.setLength(0);
        }
        parts.add(Expression.parse(source, at + 2, close));
        at = close + 1;
      } else {
        literal.append(source.charAt(at));
        at++;
      }
    }
    if (literal.length() > 0) {
      parts.add(literal.toString());
    }
    return new Template(source, parts);
  }

  /**
   * Whether the text has a {@code ${} that starts an expression (not an escaped {@code $${}).
   * This does not check that the expression is valid.
   */
  public static boolean containsExpression(String text) {
    int at = 0;
    while (at < text.length()) {
      if (text.startsWith("$${", at)) {
        at += 3;
      } else if (text.startsWith("${", at)) {
        return true;
      } else {
        at++;
      }
    }
    return false;
  }

  /** The template as written. */
  public String source() {
    return source;
  }

  /** The expressions inside it, in order. Never null. */
  public List<Expression> expressions() {
    return expressions;
  }

  /** Whether the template has no expression, so that it always gives the same text. */
  public boolean isConstant() {
    return expressions.isEmpty();
  }

  /**
   * Evaluates the template. When the whole template is exactly one {@code ${expression}}, the value
   * itself is returned with its type (a decimal stays a BigDecimal, a list stays a list); otherwise
   * the parts are joined as text, with {@link Values#toText} for each value (null shows as
   * nothing).
   *
   * @throws ExpressionException when an expression fails or the text grows past 10 MB
   */
  public Object evaluate(Scope scope) {
    if (parts.size() == 1 && parts.get(0) instanceof Expression) {
      return ((Expression) parts.get(0)).evaluate(scope);
    }
    StringBuilder out = new StringBuilder();
    for (Object part : parts) {
      out.append(
          part instanceof Expression ? Values.toText(((Expression) part).evaluate(scope)) : part);
      if (out.length() > Evaluator.MAX_TEXT) {
        throw new ExpressionException(
            "the text made from this template grows past "
                + Evaluator.MAX_TEXT
                + " characters (10 MB); the limit is there to protect the engine",
            -1);
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return source;
  }
}
