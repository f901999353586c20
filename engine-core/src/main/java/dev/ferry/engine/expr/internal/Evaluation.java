package dev.ferry.engine.expr.internal;

import dev.ferry.engine.expr.ExpressionException;

/** What a built-in function may ask of the evaluation that calls it. */
public interface Evaluation {
  /** An error naming the call being evaluated; the caller throws it. */
  ExpressionException fail(String message);

  /** Counts work against the evaluation's step budget, such as the items of a list. */
  void charge(long steps);

  /** Turns an item read from a list or map into an expression value (see Values#normalize). */
  Object value(Object item);

  /** Checks a produced text against the size limit and returns it as a String. */
  String text(CharSequence produced);

  /** Fails before a text of that many characters is built when it would exceed the limit. */
  void reserve(long length);
}
