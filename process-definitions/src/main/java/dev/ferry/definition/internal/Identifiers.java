package dev.ferry.definition.internal;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Checks the names a definition gives to variables, steps and processes. */
public final class Identifiers {
  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
  private static final Pattern STEP_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

  private Identifiers() {}

  /** Whether {@code name} can be a variable that expressions read, such as {@code invoiceTotal}. */
  public static boolean variable(String name, Node node, String what, Problems problems) {
    if (VARIABLE.matcher(name).matches()) {
      return true;
    }
    problems.add(
        node,
        what
            + " '"
            + name
            + "' cannot be used in expressions; use letters, digits and '_' and start with a"
            + " letter, such as '"
            + camel(name)
            + "'");
    return false;
  }

  public static boolean kebab(String name, Node node, String what, Problems problems) {
    if (KEBAB.matcher(name).matches()) {
      return true;
    }
    problems.add(
        node,
        what
            + " '"
            + name
            + "' must be lower-case words joined by '-', such as 'supplier-invoice-intake'");
    return false;
  }

  public static boolean stepId(String id, Node node, Problems problems) {
    if (STEP_ID.matcher(id).matches()) {
      return true;
    }
    problems.add(
        node,
        "step id '" + id + "' may only use letters, digits, '-' and '_', such as 'read-invoice'");
    return false;
  }

  private static String camel(String name) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : name.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = out.length() > 0;
      }
    }
    String result = out.toString();
    return result.isEmpty() || Character.isDigit(result.charAt(0)) ? "v" + result : result;
  }
}
