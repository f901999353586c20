package dev.ferry.definition.internal;

import dev.ferry.engine.expr.Expression;
import dev.ferry.engine.expr.ExpressionException;
import dev.ferry.engine.expr.Template;
import dev.ferry.engine.model.SourceLocation;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Parses the expressions of a definition and checks that every variable they read is known where
 * they stand. Problems point at the character in the file where the expression goes wrong.
 */
public final class ExpressionCheck {
  private final Problems problems;

  public ExpressionCheck(Problems problems) {
    this.problems = problems;
  }

  /**
   * A bare expression such as an {@code if:} condition. One surrounding {@code ${...}} is accepted
   * and removed, since analysts often write it out of habit.
   */
  public Expression expression(Node node, String what, VariableScope scope) {
    String text = Scalars.text(node, what, problems);
    if (text == null) {
      return null;
    }
    int shift = 0;
    String trimmed = text.strip();
    if (trimmed.startsWith("${")
        && trimmed.endsWith("}")
        && trimmed.indexOf("${", 2) < 0
        && trimmed.indexOf('}') == trimmed.length() - 1) {
      shift = text.indexOf("${") + 2;
      text = trimmed.substring(2, trimmed.length() - 1);
    }
    if (text.isBlank()) {
      problems.add(node, what + " is empty; write an expression such as 'invoice.total > 0'");
      return null;
    }
    try {
      Expression expression = Expression.parse(text);
      checkVariables(expression.freeVariables(), expression.source(), shift, node, what, scope);
      return expression;
    } catch (ExpressionException e) {
      problems.add(
          at(node, shift + Math.max(0, e.position())),
          what + " is not a valid expression: " + withoutColumn(e));
      return null;
    }
  }

  /** Whether the text has a {@code ${} that starts an expression, not an escaped {@code $${}. */
  public static boolean containsExpression(String text) {
    return nextExpressionStart(text, 0) >= 0;
  }

  /** Where the next expression's text starts (after its {@code ${}), or -1 when there is none. */
  private static int nextExpressionStart(String text, int from) {
    int at = from;
    while (at < text.length()) {
      if (text.startsWith("$${", at)) {
        at += 3;
      } else if (text.startsWith("${", at)) {
        return at + 2;
      } else {
        at++;
      }
    }
    return -1;
  }

  /** A string with {@code ${...}} parts. */
  public Template template(ScalarNode node, String what, VariableScope scope) {
    String text = node.getValue();
    try {
      Template template = Template.parse(text);
      int cursor = 0;
      for (Expression expression : template.expressions()) {
        // Point at the name inside its own ${...}, not at the same word in the literal text.
        int start = Math.max(0, nextExpressionStart(text, cursor));
        checkVariables(expression.freeVariables(), expression.source(), start, node, what, scope);
        cursor = start + expression.source().length();
      }
      return template;
    } catch (ExpressionException e) {
      problems.add(
          at(node, Math.max(0, e.position())),
          what + " has an invalid ${...} expression: " + withoutColumn(e));
      return null;
    }
  }

  /**
   * The problem already carries the file's line and column; the expression's own column would
   * confuse.
   */
  private static String withoutColumn(ExpressionException e) {
    return String.valueOf(e.getMessage()).replaceFirst("\\s*\\(at column \\d+\\)$", "");
  }

  private void checkVariables(
      Collection<String> variables,
      String source,
      int shift,
      Node node,
      String what,
      VariableScope scope) {
    for (String name : variables) {
      if (scope.knows(name)) {
        continue;
      }
      String hint = Suggestions.hint(name, scope.names());
      problems.add(
          at(node, shift + offsetOf(name, source)),
          "unknown variable '"
              + name
              + "' in "
              + what
              + (hint.isEmpty()
                  ? "; the variables known here are " + String.join(", ", scope.names())
                  : hint)
              + " ("
              + scope.hint()
              + ")");
    }
  }

  private static int offsetOf(String name, String source) {
    Matcher m = Pattern.compile("(?<![\\w.])" + Pattern.quote(name) + "(?!\\w)").matcher(source);
    return m.find() ? m.start() : 0;
  }

  /** The file position of character {@code offset} of a scalar's value, when it can be known. */
  private SourceLocation at(Node node, int offset) {
    SourceLocation start = problems.at(node);
    boolean oneLine = node.getStartMark().getLine() == node.getEndMark().getLine();
    if (!oneLine || !(node instanceof ScalarNode scalar)) {
      return start;
    }
    int quote = Scalars.isPlain(scalar) ? 0 : 1;
    return new SourceLocation(start.file(), start.line(), start.column() + quote + offset);
  }
}
