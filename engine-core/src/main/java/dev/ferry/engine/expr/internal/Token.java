package dev.ferry.engine.expr.internal;

/**
 * One lexical token.
 *
 * @param start absolute offset of the first character
 * @param end absolute offset just after the last character
 * @param value the literal value for numbers and strings, else null
 */
record Token(Kind kind, String text, Object value, int start, int end) {
  enum Kind {
    INTEGER,
    DECIMAL,
    STRING,
    NAME,
    SYMBOL,
    END
  }

  boolean is(String symbol) {
    return kind == Kind.SYMBOL && text.equals(symbol);
  }
}
