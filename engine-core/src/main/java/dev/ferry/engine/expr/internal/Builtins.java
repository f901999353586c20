package dev.ferry.engine.expr.internal;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The fixed table of built-in functions, the only code an expression can call. */
public final class Builtins {
  private static final Map<String, Function> TABLE;

  static {
    Map<String, Function> table = new TreeMap<>();
    TextFunctions.register(table);
    NumberFunctions.register(table);
    ValueFunctions.register(table);
    TABLE = Collections.unmodifiableMap(table);
  }

  private Builtins() {}

  /** The function of that name, or null. */
  static Function find(String name) {
    return TABLE.get(name);
  }

  /** The names of all functions and macros, sorted. */
  public static Set<String> names() {
    Set<String> names = new java.util.TreeSet<>(TABLE.keySet());
    names.addAll(List.of("has", "all", "exists", "map", "filter"));
    return Collections.unmodifiableSet(names);
  }

  /** The known name closest to a misspelt one, or null when none is close. */
  static String suggest(String name) {
    String best = null;
    int bestDistance = Math.max(1, Math.min(2, name.length() / 3));
    for (String candidate : names()) {
      int d = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d <= bestDistance) {
        best = candidate;
        bestDistance = d - 1;
      }
    }
    return best;
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        row[j] = Math.min(Math.min(row[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = row;
      row = swap;
    }
    return previous[b.length()];
  }

  static void add(
      Map<String, Function> table,
      String name,
      int min,
      int max,
      boolean nullIn,
      Function.Body body) {
    table.put(name, new Function(name, min, max, nullIn, body));
  }

  static String text(List<Object> args, int i, String function, Evaluation ev) {
    Object v = args.get(i);
    if (v instanceof String) {
      return (String) v;
    }
    throw ev.fail(function + "(...) expects text" + position(i) + " but got " + Describe.value(v));
  }

  static long whole(List<Object> args, int i, String function, Evaluation ev) {
    Object v = args.get(i);
    if (v instanceof Long) {
      return (Long) v;
    }
    throw ev.fail(
        function + "(...) expects a whole number" + position(i) + " but got " + Describe.value(v));
  }

  static BigDecimal number(Object v, String function, Evaluation ev) {
    if (Operators.isNumber(v)) {
      return Operators.decimal(v);
    }
    throw ev.fail(function + "(...) expects numbers but got " + Describe.value(v));
  }

  static List<?> list(List<Object> args, int i, String function, Evaluation ev) {
    Object v = args.get(i);
    if (v instanceof List) {
      ev.charge(((List<?>) v).size());
      return (List<?>) v;
    }
    throw ev.fail(
        function + "(...) expects a list" + position(i) + " but got " + Describe.value(v));
  }

  private static String position(int i) {
    return i == 0 ? "" : " as argument " + (i + 1);
  }
}
