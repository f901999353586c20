package dev.ferry.engine.expr.internal;

import dev.ferry.engine.expr.ExpressionException;
import dev.ferry.engine.expr.Values;

/** Turns a value read from a scope, list or map into an expression value on first sight. */
final class Exposed {
  private Exposed() {}

  // Values are normalized lazily, one level at a time, so that reading one field of a large
  // variable does not copy all of it.
  static Object of(Object value) {
    if (Values.isExpressionValue(value)) {
      return value;
    }
    try {
      return Values.normalize(value);
    } catch (IllegalArgumentException e) {
      throw new ExpressionException(e.getMessage(), -1);
    }
  }
}
