package dev.ferry.engine.expr;

import java.util.Map;

/** The variables an expression can see. */
public interface Scope {
  /** Whether a variable of that name exists (its value may still be null). */
  boolean contains(String name);

  /** The variable's value, or null when it is absent or null. */
  Object get(String name);

  static Scope of(Map<String, ?> variables) {
    return new Scope() {
      @Override
      public boolean contains(String name) {
        return variables.containsKey(name);
      }

      @Override
      public Object get(String name) {
        return variables.get(name);
      }
    };
  }
}
