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
          "as",
          "break",
          "const",
          "continue",
          "else",
          "for",
          "function",
          "if",
          "import",
          "let",
          "loop",
          "package",
          "namespace",
          "return",
          "var",
          "void",
          "while",
          "class",
          "new",
          "this",
          "super",
          "instanceof",
          "getClass",
          "in");

  private final List<Token> tokens;
  private int index;
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
    this.tokens = new Lexer(text, start, end).tokenize();
  }

  /** Parses {@code text[start, end)}; positions in errors and nodes are offsets into text. */
  public static Node parse(String text, int start, int end) {
    Parser parser = new Parser(text, start, end);
    if (parser.peek().kind() == Kind.END) {
      throw new ExpressionException("the expression is empty", start);
    }
    Node node = parser.expression();
    Token rest = parser.peek();
    if (rest.kind() != Kind.END) {
      throw error("unexpected " + describe(rest) + " after a complete expression", rest.start());
    }
    Trees.checkHeight(node, MAX_HEIGHT);
    return node;
  }

  private Node expression() {
    if (++depth > MAX_DEPTH) {
      throw error(
          "the expression nests more than " + MAX_DEPTH + " levels deep; simplify it",
          peek().start());
    }
    Node condition = or();
    Node result = condition;
    if (peek().is("?")) {
      Token question = take();
      Node then = or();
      expect(":", "to go with the '?' at column " + (question.start() + 1));
      Node otherwise = expression();
      result = new Node.Conditional(condition, then, otherwise, condition.start(), otherwise.end());
    }
    depth--;
    return result;
  }

  private Node or() {
    Node left = and();
    while (peek().is("||")) {
      take();
      Node right = and();
      left = new Node.Binary("||", left, right, left.start(), right.end());
    }
    return left;
  }

  private Node and() {
    Node left = relation();
    while (peek().is("&&")) {
      take();
      Node right = relation();
      left = new Node.Binary("&&", left, right, left.start(), right.end());
    }
    return left;
  }

  private Node relation() {
    Node left = addition();
    while (true) {
      Token t = peek();
      String op;
      if (t.kind() == Kind.SYMBOL && Set.of("==", "!=", "<", "<=", ">", ">=").contains(t.text())) {
        op = t.text();
      } else if (t.kind() == Kind.NAME && t.text().equals("in")) {
        op = "in";
      } else {
        return left;
      }
      take();
      Node right = addition();
      left = new Node.Binary(op, left, right, left.start(), right.end());
    }
  }

  private Node addition() {
    Node left = multiplication();
    while (peek().is("+") || peek().is("-")) {
      String op = take().text();
      Node right = multiplication();
      left = new Node.Binary(op, left, right, left.start(), right.end());
    }
    return left;
  }

  private Node multiplication() {
    Node left = unary();
    while (peek().is("*") || peek().is("/") || peek().is("%")) {
      String op = take().text();
      Node right = unary();
      left = new Node.Binary(op, left, right, left.start(), right.end());
    }
    return left;
  }

  private Node unary() {
    if (peek().is("!") || peek().is("-")) {
      Token op = take();
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
      if (peek().is(".")) {
        take();
        Token name = take();
        if (name.kind() != Kind.NAME) {
          throw error("expected a field name after '.', found " + describe(name), name.start());
        }
        if (peek().is("(")) {
          node = method(node, name);
        } else {
          checkNotReserved(name);
          node = new Node.Member(node, name.text(), node.start(), name.end());
        }
      } else if (peek().is("[")) {
        Token open = take();
        Node index = expression();
        Token close = expect("]", "to close the '[' at column " + (open.start() + 1));
        node = new Node.Index(node, index, node.start(), close.end());
      } else {
        return node;
      }
    }
  }

  private Node method(Node receiver, Token name) {
    Macro macro = macro(name.text());
    if (macro != null) {
      take();
      Token variable = take();
      if (variable.kind() != Kind.NAME || RESERVED.contains(variable.text())) {
        throw error(
            name.text()
                + "(...) takes a variable name first, as in items."
                + name.text()
                + "(x, ...)",
            variable.start());
      }
      expect(",", "after the variable name in " + name.text() + "(...)");
      Node body = expression();
      Token close = expect(")", "to close " + name.text() + "(...)");
      return new Node.Comprehension(
          macro, receiver, variable.text(), body, receiver.start(), close.end());
    }
    List<Node> args = new ArrayList<>();
    args.add(receiver);
    Token close = arguments(args);
    return call(name, args, receiver.start(), close.end(), true);
  }

  private Node primary() {
    Token t = take();
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
      expect(")", "to close the '(' at column " + (t.start() + 1));
      return inner;
    }
    if (t.is("[")) {
      return list(t);
    }
    if (t.is("{")) {
      return map(t);
    }
    throw error("unexpected " + describe(t), t.start());
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
    if (!peek().is("(")) {
      checkNotReserved(t);
      return new Node.Name(t.text(), t.start(), t.end());
    }
    if (t.text().equals("has")) {
      Token open = take();
      Node target = expression();
      Token close = expect(")", "to close the '(' at column " + (open.start() + 1));
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
    Token open = expect("(", "");
    if (!peek().is(")")) {
      do {
        args.add(expression());
      } while (peek().is(",") && take() != null);
    }
    return expect(")", "to close the '(' at column " + (open.start() + 1));
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
      throw error(
          name.text()
              + (receiver ? " called on a value" : "")
              + " takes "
              + function.arity()
              + " but was given "
              + args.size(),
          name.start());
    }
    return new Node.Call(function, args, start, end);
  }

  private Node list(Token open) {
    List<Node> items = new ArrayList<>();
    if (!peek().is("]")) {
      do {
        if (peek().is("]")) {
          break; // a trailing comma
        }
        items.add(expression());
      } while (peek().is(",") && take() != null);
    }
    Token close = expect("]", "to close the '[' at column " + (open.start() + 1));
    return new Node.ListLiteral(items, open.start(), close.end());
  }

  private Node map(Token open) {
    List<Node> keys = new ArrayList<>();
    List<Node> values = new ArrayList<>();
    if (!peek().is("}")) {
      do {
        if (peek().is("}")) {
          break;
        }
        keys.add(expression());
        expect(":", "between a key and its value");
        values.add(expression());
      } while (peek().is(",") && take() != null);
    }
    Token close = expect("}", "to close the '{' at column " + (open.start() + 1));
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

  private Token expect(String symbol, String why) {
    Token t = peek();
    if (!t.is(symbol)) {
      throw error(
          "expected '"
              + symbol
              + "'"
              + (why.isEmpty() ? "" : " " + why)
              + " but found "
              + describe(t),
          t.start());
    }
    return take();
  }

  private Token peek() {
    return tokens.get(index);
  }

  private Token take() {
    Token t = tokens.get(index);
    if (t.kind() != Kind.END) {
      index++;
    }
    return t;
  }

  private static String describe(Token t) {
    switch (t.kind()) {
      case END:
        return "the end of the expression";
      case STRING:
        return "the text " + t.text();
      case INTEGER:
      case DECIMAL:
        return "the number " + t.text();
      case NAME:
        return "the name '" + t.text() + "'";
      default:
        return "'" + t.text() + "'";
    }
  }
}
