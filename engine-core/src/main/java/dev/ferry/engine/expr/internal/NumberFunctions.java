package dev.ferry.engine.expr.internal;

import static dev.ferry.engine.expr.internal.Builtins.add;
import static dev.ferry.engine.expr.internal.Builtins.list;
import static dev.ferry.engine.expr.internal.Builtins.number;
import static dev.ferry.engine.expr.internal.Builtins.whole;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Functions on numbers. Money stays a BigDecimal throughout. */
final class NumberFunctions {
  private static final int MAX_PLACES = 34;

  private NumberFunctions() {}

  static void register(Map<String, Function> t) {
    add(t, "int", 1, 1, true, NumberFunctions::toWhole);
    add(t, "decimal", 1, 1, true, NumberFunctions::toDecimal);
    add(t, "round", 1, 2, true, NumberFunctions::round);
    add(t, "abs", 1, 1, true, NumberFunctions::abs);
    add(t, "min", 1, Integer.MAX_VALUE, false, (a, ev) -> extreme(a, ev, -1, "min"));
    add(t, "max", 1, Integer.MAX_VALUE, false, (a, ev) -> extreme(a, ev, 1, "max"));
    add(t, "sum", 1, 1, true, NumberFunctions::sum);
  }

  private static Object toWhole(List<Object> a, Evaluation ev) {
    Object v = a.get(0);
    try {
      if (v instanceof Long) {
        return v;
      }
      if (v instanceof BigDecimal) {
        // Like CEL, int() drops the fraction; round() is the function for money.
        return ((BigDecimal) v).setScale(0, RoundingMode.DOWN).longValueExact();
      }
      if (v instanceof String) {
        return Parsing.whole((String) v);
      }
    } catch (IllegalArgumentException e) {
      throw ev.fail(e.getMessage());
    } catch (ArithmeticException e) {
      throw ev.fail(Describe.value(v) + " is too large for a whole number");
    }
    throw ev.fail("int(...) cannot turn " + Describe.value(v) + " into a whole number");
  }

  private static Object toDecimal(List<Object> a, Evaluation ev) {
    Object v = a.get(0);
    if (Operators.isNumber(v)) {
      return Operators.decimal(v);
    }
    if (v instanceof String) {
      try {
        return Parsing.decimal((String) v);
      } catch (IllegalArgumentException e) {
        throw ev.fail(e.getMessage());
      }
    }
    throw ev.fail("decimal(...) cannot turn " + Describe.value(v) + " into a decimal number");
  }

  private static Object round(List<Object> a, Evaluation ev) {
    BigDecimal value = number(a.get(0), "round", ev);
    long places = a.size() > 1 ? whole(a, 1, "round", ev) : 0;
    if (places < 0 || places > MAX_PLACES) {
      throw ev.fail("round(...) takes 0 to " + MAX_PLACES + " decimal places, not " + places);
    }
    if (a.get(0) instanceof Long) {
      return a.get(0);
    }
    return value.setScale((int) places, RoundingMode.HALF_UP);
  }

  private static Object abs(List<Object> a, Evaluation ev) {
    Object v = a.get(0);
    if (v instanceof Long) {
      return Math.absExact((Long) v);
    }
    if (v instanceof Duration) {
      return ((Duration) v).abs();
    }
    return number(v, "abs", ev).abs();
  }

  private static Object extreme(List<Object> a, Evaluation ev, int sign, String name) {
    List<?> items = a.size() == 1 && a.get(0) instanceof List ? list(a, 0, name, ev) : a;
    Object best = null;
    for (Object item : items) {
      Object v = ev.value(item);
      if (v == null) {
        continue;
      }
      if (best == null) {
        best = v;
        continue;
      }
      Integer c = Operators.compare(v, best);
      if (c == null) {
        throw ev.fail(
            name + "(...) cannot compare " + Describe.value(v) + " with " + Describe.value(best));
      }
      if (c * sign > 0) {
        best = v;
      }
    }
    if (best != null && !(best instanceof Comparable)) {
      throw ev.fail(name + "(...) cannot order " + Describe.value(best));
    }
    return best;
  }

  private static Object sum(List<Object> a, Evaluation ev) {
    long whole = 0;
    BigDecimal decimal = null;
    Duration duration = null;
    for (Object item : list(a, 0, "sum", ev)) {
      Object v = ev.value(item);
      if (v == null) {
        continue;
      }
      if (v instanceof Duration && decimal == null && whole == 0) {
        duration = duration == null ? (Duration) v : duration.plus((Duration) v);
      } else if (v instanceof Long && duration == null && decimal == null) {
        try {
          whole = Math.addExact(whole, (Long) v);
        } catch (ArithmeticException e) {
          decimal = BigDecimal.valueOf(whole).add(BigDecimal.valueOf((Long) v));
        }
      } else if (Operators.isNumber(v) && duration == null) {
        decimal = (decimal == null ? BigDecimal.valueOf(whole) : decimal).add(Operators.decimal(v));
      } else {
        throw ev.fail("sum(...) adds numbers or durations, and cannot add " + Describe.value(v));
      }
    }
    return duration != null ? duration : decimal != null ? decimal : (Object) whole;
  }
}
