package dev.ferry.definition.internal;

import java.util.Set;
import java.util.TreeSet;

/**
 * The variables an expression may read at one point of a definition. Variables saved inside a loop
 * or group stay known after it, because the check is about names, not about which branch ran; a
 * loop's own item variable does not.
 */
public final class VariableScope {
  /** What to tell an analyst who used an unknown variable in the steps. */
  public static final String STEPS_HINT =
      "declare it under inputs:, or save a step's output with save-as: before this step";

  private final VariableScope parent;
  private final String hint;
  private final Set<String> names = new TreeSet<>();

  private VariableScope(VariableScope parent, String hint) {
    this.parent = parent;
    this.hint = hint;
  }

  /**
   * @param hint how to make an unknown variable known here, for messages
   */
  public static VariableScope root(Set<String> names, String hint) {
    VariableScope scope = new VariableScope(null, hint);
    scope.names.addAll(names);
    return scope;
  }

  public String hint() {
    return hint;
  }

  /** A scope inside this one that also knows {@code local}, such as a for-each item variable. */
  public VariableScope enter(String local) {
    VariableScope child = new VariableScope(this, hint);
    child.names.add(local);
    return child;
  }

  /** Declares a variable here and in every enclosing scope. */
  public void declare(String name) {
    for (VariableScope s = this; s != null; s = s.parent) {
      s.names.add(name);
    }
  }

  public boolean knows(String name) {
    for (VariableScope s = this; s != null; s = s.parent) {
      if (s.names.contains(name)) {
        return true;
      }
    }
    return false;
  }

  public Set<String> names() {
    Set<String> all = new TreeSet<>();
    for (VariableScope s = this; s != null; s = s.parent) {
      all.addAll(s.names);
    }
    return all;
  }
}
