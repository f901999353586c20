package dev.ferry.engine.expr.internal;

import java.util.List;

/**
 * A built-in function. The table of built-ins is fixed: an expression can call nothing else.
 *
 * @param nullIn when true, a null first argument gives null without calling the body
 */
public record Function(String name, int minArgs, int maxArgs, boolean nullIn, Body body) {

  /** The function's behaviour; arguments are already evaluated expression values. */
  @FunctionalInterface
  public interface Body {
    Object apply(List<Object> args, Evaluation evaluation);
  }

  /** How many arguments it takes, in words, not counting the first {@code shift} of them. */
  String arity(int shift) {
    int min = Math.max(0, minArgs - shift);
    String unit = maxArgs - shift == 1 ? " argument" : " arguments";
    if (minArgs == maxArgs) {
      return min + unit;
    }
    if (maxArgs == Integer.MAX_VALUE) {
      return "at least " + min + (min == 1 ? " argument" : " arguments");
    }
    return min + " to " + (maxArgs - shift) + " arguments";
  }
}
