package dev.ferry.engine.expr.internal;

import static dev.ferry.engine.expr.internal.Lexer.error;

import dev.ferry.engine.expr.internal.Token.Kind;
import java.util.List;

/** The parser's position in a list of tokens. */
final class Tokens {
  private final List<Token> list;
  private int index;

  Tokens(List<Token> list) {
    this.list = list;
  }

  Token expect(String symbol, String why) {
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

  /** Takes a comma if one is next; that is, whether a list of items goes on. */
  boolean comma() {
    if (peek().is(",")) {
      take();
      return true;
    }
    return false;
  }

  Token peek() {
    return list.get(index);
  }

  Token take() {
    Token t = list.get(index);
    if (t.kind() != Kind.END) {
      index++;
    }
    return t;
  }

  static String describe(Token t) {
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
