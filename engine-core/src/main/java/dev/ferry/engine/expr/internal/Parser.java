package dev.ferry.engine.expr.internal;

import static dev.ferry.engine.expr.internal.Lexer.error;

import dev.ferry.engine.expr.ExpressionException;
import dev.ferry.engine.expr.internal.Node.Macro;
import dev.ferry.engine.expr.internal.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A recursive-descent parser for the CEL-like expression language. */
public final class Parser {
  /** The longest expression source accepted, in characters. */
  public static final int MAX_LENGTH = 10_000;

  /** How deeply brackets, calls and unary operators may nest. */
  public static final int MAX_DEPTH = 100;

  /** The most operations one path through the expression may chain, such as {@code a + b + ...}. */
  public static final int MAX_HEIGHT = 300;

  // Words CEL reserves, plus Java words someone might try in order to reach Java classes.
  private static final Set<String> RESERVED =
      Set.of(
          ("as break const continue else for function if import let loop package namespace return"
                  + " var void while class new this super instanceof getClass in")
              .split(" "));

  private final Tokens tokens;
  private int depth;

  private Parser(String text, int start, int end) {
    if (end - start > MAX_LENGTH) {
      throw new ExpressionException(
          "the expression is "
              + (end - start)
              + " characters long; the limit is "
              + MAX_LENGTH
              + ": split it into several steps",
          start);
    }
    this.tokens = new Tokens(new Lexer(text, start, end).tokenize());
  }

  /** Parses {@code text[start, end)}; positions in errors and nodes are offsets into text. */
  public static Node parse(String text, int start, int end) {
    Parser parser = new Parser(text, start, end);
    if (parser.tokens.peek().kind() == Kind.END) {
      throw new ExpressionException("the expression is empty", start);
    }
    Node node = parser.expression();
    Token rest = parser.tokens.peek();
    if (rest.kind() != Kind.END) {
      throw error(
          "expected an operator such as + or && before " + Tokens.describe(rest), rest.start());
    }
    Trees.checkHeight(node, MAX_HEIGHT);
    return node;
  }

  private Node expression() {
    if (++depth > MAX_DEPTH) {
      throw error(
          "the expression nests more than " + MAX_DEPTH + " levels deep; simplify it",
          tokens.peek().start());
    }
    Node condition = or();
    Node result = condition;
    if (tokens.peek().is("?")) {
      Token question = tokens.take();
      Node then = or();
      tokens.expect(":", "to go with the '?' at column " + (question.start() + 1));
      Node otherwise = expression();
      result = new Node.Conditional(condition, then, otherwise, condition.start(), otherwise.end());
    }
    depth--;
    return result;
  }

  private Node or() {
    Node left = and();
    while (tokens.peek().is("||")) {
      tokens.take();
      Node right = and();
      left = new Node.Binary("||", left, right, left.start(), right.end());
    }
    return left;
  }

  private Node and() {
    Node left = relation();
    while (tokens.peek().is("&&")) {
      tokens.take();
      Node right = relation();
      left = new Node.Binary("&&", left, right, left.start(), right.end());
    }
    return left;
  }

  private Node relation() {
    Node left = addition();
    while (true) {
      Token t = tokens.peek();
      String op;
      if (t.kind() == Kind.SYMBOL && Set.of("==", "!=", "<", "<=", ">", ">=").contains(t.text())) {
        op = t.text();
      } else if (t.kind() == Kind.NAME && t.text().equals("in")) {
        op = "in";
      } else {
        return left;
      }
      tokens.take();
      Node right = addition();
      left = new Node.Binary(op, left, right, left.start(), right.end());
    }
  }

  private Node addition() {
    Node left = multiplication();
    while (tokens.peek().is("+") || tokens.peek().is("-")) {
      String op = tokens.take().text();
      Node right = multiplication();
      left = new Node.Binary(op, left, right, left.start(), right.end());
    }
    return left;
  }

  private Node multiplication() {
    Node left = unary();
    while (tokens.peek().is("*") || tokens.peek().is("/") || tokens.peek().is("%")) {
      String op = tokens.take().text();
      Node right = unary();
      left = new Node.Binary(op, left, right, left.start(), right.end());
    }
    return left;
  }

  private Node unary() {
    if (tokens.peek().is("!") || tokens.peek().is("-")) {
      Token op = tokens.take();
      if (++depth > MAX_DEPTH) {
        throw error("more than " + MAX_DEPTH + " operators in a row; simplify it", op.start());
      }
      Node operand = unary();
      depth--;
      return new Node.Unary(op.text(), operand, op.start(), operand.end());
    }
    return postfix(primary());
  }

  private Node postfix(Node node) {
    while (true) {
      if (tokens.peek().is(".")) {
        tokens.take();
        Token name = tokens.take();
        if (name.kind() != Kind.NAME) {
          throw error(
              "expected a field name after '.', found " + Tokens.describe(name), name.start());
        }
        if (tokens.peek().is("(")) {
          node = method(node, name);
        } else {
          checkNotReserved(name);
          node = new Node.Member(node, name.text(), node.start(), name.end());
        }
      } else if (tokens.peek().is("[")) {
        Token open = tokens.take();
        Node index = expression();
        Token close = tokens.expect("]", "to close the '[' at column " + (open.start() + 1));
        node = new Node.Index(node, index, node.start(), close.end());
      } else {
        return node;
      }
    }
  }

  private Node method(Node receiver, Token name) {
    Macro macro = macro(name.text());
    if (macro != null) {
      tokens.take();
      Token variable = tokens.take();
      if (variable.kind() != Kind.NAME || RESERVED.contains(variable.text())) {
        throw error(
            name.text()
                + "(...) takes a variable name first, as in items."
                + name.text()
                + "(x, ...)",
            variable.start());
      }
      tokens.expect(",", "after the variable name in " + name.text() + "(...)");
      Node body = expression();
      Token close = tokens.expect(")", "to close " + name.text() + "(...)");
      return new Node.Comprehension(
          macro, receiver, variable.text(), body, receiver.start(), close.end());
    }
    List<Node> args = new ArrayList<>();
    args.add(receiver);
    Token close = arguments(args);
    return call(name, args, receiver.start(), close.end(), true);
  }

  private Node primary() {
    Token t = tokens.take();
    switch (t.kind()) {
      case INTEGER:
      case DECIMAL:
      case STRING:
        return new Node.Literal(t.value(), t.start(), t.end());
      case NAME:
        return name(t);
      case END:
        throw error("the expression ends too early; something is missing", t.start());
      default:
        break;
    }
    if (t.is("(")) {
      Node inner = expression();
      tokens.expect(")", "to close the '(' at column " + (t.start() + 1));
      return inner;
    }
    if (t.is("[")) {
      return list(t);
    }
    if (t.is("{")) {
      return map(t);
    }
    throw error("unexpected " + Tokens.describe(t), t.start());
  }

  private Node name(Token t) {
    switch (t.text()) {
      case "true":
        return new Node.Literal(Boolean.TRUE, t.start(), t.end());
      case "false":
        return new Node.Literal(Boolean.FALSE, t.start(), t.end());
      case "null":
        return new Node.Literal(null, t.start(), t.end());
      default:
        break;
    }
    if (!tokens.peek().is("(")) {
      checkNotReserved(t);
      return new Node.Name(t.text(), t.start(), t.end());
    }
    if (t.text().equals("has")) {
      Token open = tokens.take();
      Node target = expression();
      Token close = tokens.expect(")", "to close the '(' at column " + (open.start() + 1));
      if (!(target instanceof Node.Member
          || target instanceof Node.Index
          || target instanceof Node.Name)) {
        throw error("has(...) takes a field, as in has(invoice.total)", target.start());
      }
      return new Node.Has(target, t.start(), close.end());
    }
    if (macro(t.text()) != null) {
      throw error(
          t.text() + " is written after a list, as in items." + t.text() + "(x, ...)", t.start());
    }
    List<Node> args = new ArrayList<>();
    Token close = arguments(args);
    return call(t, args, t.start(), close.end(), false);
  }

  private Token arguments(List<Node> args) {
    Token open = tokens.expect("(", "");
    if (!tokens.peek().is(")")) {
      do {
        args.add(expression());
      } while (tokens.comma());
    }
    return tokens.expect(")", "to close the '(' at column " + (open.start() + 1));
  }

  private Node call(Token name, List<Node> args, int start, int end, boolean receiver) {
    Function function = Builtins.find(name.text());
    if (function == null) {
      String hint = Builtins.suggest(name.text());
      throw error(
          "unknown function '"
              + name.text()
              + "'"
              + (hint == null
                  ? "; see the list of functions in docs/expressions.md"
                  : "; did you mean '" + hint + "'?"),
          name.start());
    }
    if (args.size() < function.minArgs() || args.size() > function.maxArgs()) {
      // In x.f(a) the value x is the first argument, so count only what is in the brackets.
      int shift = receiver ? 1 : 0;
      throw error(
          (receiver ? "." : "")
              + name.text()
              + "(...) takes "
              + function.arity(shift)
              + " but was given "
              + (args.size() - shift),
          name.start());
    }
    return new Node.Call(function, args, start, end);
  }

  private Node list(Token open) {
    List<Node> items = new ArrayList<>();
    if (!tokens.peek().is("]")) {
      do {
        if (tokens.peek().is("]")) {
          break; // a trailing comma
        }
        items.add(expression());
      } while (tokens.comma());
    }
    Token close = tokens.expect("]", "to close the '[' at column " + (open.start() + 1));
    return new Node.ListLiteral(items, open.start(), close.end());
  }

  private Node map(Token open) {
    List<Node> keys = new ArrayList<>();
    List<Node> values = new ArrayList<>();
    if (!tokens.peek().is("}")) {
      do {
        if (tokens.peek().is("}")) {
          break;
        }
        keys.add(expression());
        tokens.expect(":", "between a key and its value");
        values.add(expression());
      } while (tokens.comma());
    }
    Token close = tokens.expect("}", "to close the '{' at column " + (open.start() + 1));
    return new Node.MapLiteral(keys, values, open.start(), close.end());
  }

  private static Macro macro(String name) {
    switch (name) {
      case "all":
      case "exists":
      case "map":
      case "filter":
        return Macro.valueOf(name.toUpperCase(Locale.ROOT));
      default:
        return null;
    }
  }

  private static void checkNotReserved(Token name) {
    if (RESERVED.contains(name.text())) {
      throw error(
          "'"
              + name.text()
              + "' is a reserved word and cannot be used as a name; to read a map key with that"
              + " name write ['"
              + name.text()
              + "']",
          name.start());
    }
  }
}
