package dev.ferry.engine.expr.internal;

import static dev.ferry.engine.expr.internal.Builtins.add;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Functions on collections, conversions between kinds of value, and time. */
final class ValueFunctions {
  private ValueFunctions() {}

  static void register(Map<String, Function> t) {
    add(t, "size", 1, 1, false, ValueFunctions::size);
    add(t, "keys", 1, 1, true, (a, ev) -> new ArrayList<Object>(map(a, "keys", ev).keySet()));
    add(t, "values", 1, 1, true, (a, ev) -> new ArrayList<Object>(map(a, "values", ev).values()));
    add(t, "coalesce", 1, Integer.MAX_VALUE, false, ValueFunctions::coalesce);
    add(t, "bool", 1, 1, true, ValueFunctions::bool);
    add(t, "date", 1, 1, true, ValueFunctions::date);
    add(t, "datetime", 1, 1, true, ValueFunctions::datetime);
    add(t, "duration", 1, 1, true, ValueFunctions::duration);
    add(t, "today", 0, 0, false, (a, ev) -> LocalDate.now());
    add(t, "now", 0, 0, false, (a, ev) -> Instant.now());
  }

  private static Object size(List<Object> a, Evaluation ev) {
    Object v = a.get(0);
    if (v == null) {
      return 0L;
    }
    if (v instanceof String) {
      return (long) ((String) v).length();
    }
    if (v instanceof List) {
      return (long) ((List<?>) v).size();
    }
    if (v instanceof Map) {
      return (long) ((Map<?, ?>) v).size();
    }
    throw ev.fail("size(...) measures text, lists and maps, not " + Describe.value(v));
  }

  private static Map<?, ?> map(List<Object> a, String function, Evaluation ev) {
    Object v = a.get(0);
    if (v instanceof Map) {
      ev.charge(((Map<?, ?>) v).size());
      return (Map<?, ?>) v;
    }
    throw ev.fail(function + "(...) expects a map but got " + Describe.value(v));
  }

  private static Object coalesce(List<Object> a, Evaluation ev) {
    for (Object v : a) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static Object bool(List<Object> a, Evaluation ev) {
    Object v = a.get(0);
    if (v instanceof Boolean) {
      return v;
    }
    if (v instanceof String) {
      try {
        return Parsing.bool((String) v);
      } catch (IllegalArgumentException e) {
        throw ev.fail(e.getMessage());
      }
    }
    throw ev.fail("bool(...) cannot turn " + Describe.value(v) + " into true or false");
  }

  private static Object date(List<Object> a, Evaluation ev) {
    Object v = a.get(0);
    if (v instanceof LocalDate) {
      return v;
    }
    if (v instanceof Instant) {
      return LocalDate.ofInstant((Instant) v, ZoneOffset.UTC);
    }
    if (v instanceof String) {
      try {
        return Parsing.date((String) v);
      } catch (IllegalArgumentException e) {
        throw ev.fail(e.getMessage());
      }
    }
    throw ev.fail("date(...) cannot turn " + Describe.value(v) + " into a date");
  }

  private static Object datetime(List<Object> a, Evaluation ev) {
    Object v = a.get(0);
    if (v instanceof Instant) {
      return v;
    }
    if (v instanceof LocalDate) {
      return ((LocalDate) v).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    if (v instanceof String) {
      try {
        return Parsing.instant((String) v);
      } catch (IllegalArgumentException e) {
        throw ev.fail(e.getMessage());
      }
    }
    throw ev.fail("datetime(...) cannot turn " + Describe.value(v) + " into a date-time");
  }

  private static Object duration(List<Object> a, Evaluation ev) {
    Object v = a.get(0);
    try {
      if (v instanceof Duration) {
        return v;
      }
      if (v instanceof String) {
        return Parsing.duration((String) v);
      }
      if (Operators.isNumber(v)) {
        return Parsing.seconds(Operators.decimal(v));
      }
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw ev.fail(e.getMessage());
    }
    throw ev.fail("duration(...) cannot turn " + Describe.value(v) + " into a duration");
  }
}
