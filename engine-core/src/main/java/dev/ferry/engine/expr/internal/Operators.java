package dev.ferry.engine.expr.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Arithmetic, comparison and equality on expression values. */
public final class Operators {
  /** Precision of a division that does not terminate: 34 digits, like IEEE decimal128. */
  private static final MathContext DIVISION = new MathContext(34, RoundingMode.HALF_EVEN);

  private Operators() {}

  /** Returns null when the operands do not fit the operator; the caller reports it. */
  static Object arithmetic(String op, Object a, Object b, Evaluation ev) {
    if (isNumber(a) && isNumber(b)) {
      return numbers(op, a, b, ev);
    }
    switch (op) {
      case "+":
        if (a instanceof String && b instanceof String) {
          ev.reserve((long) ((String) a).length() + ((String) b).length());
          return (String) a + b;
        }
        if (a instanceof List && b instanceof List) {
          ev.charge(((List<?>) a).size() + ((List<?>) b).size());
          List<Object> joined = new ArrayList<>((List<?>) a);
          joined.addAll((List<?>) b);
          return joined;
        }
        if (b instanceof Duration) {
          return plus(a, (Duration) b, ev);
        }
        if (a instanceof Duration && !(b instanceof Duration)) {
          return plus(b, (Duration) a, ev);
        }
        return null;
      case "-":
        if (b instanceof Duration) {
          return plus(a, ((Duration) b).negated(), ev);
        }
        if (a instanceof LocalDate && b instanceof LocalDate) {
          return Duration.ofDays(ChronoUnit.DAYS.between((LocalDate) b, (LocalDate) a));
        }
        if (a instanceof Instant && b instanceof Instant) {
          return Duration.between((Instant) b, (Instant) a);
        }
        return null;
      default:
        return null;
    }
  }

  private static Object plus(Object a, Duration d, Evaluation ev) {
    if (a instanceof Duration) {
      return ((Duration) a).plus(d);
    }
    if (a instanceof Instant) {
      return ((Instant) a).plus(d);
    }
    if (a instanceof LocalDate) {
      if (!d.equals(Duration.ofDays(d.toDays()))) {
        throw ev.fail("only whole days can be added to or taken from a date, not " + d);
      }
      return ((LocalDate) a).plusDays(d.toDays());
    }
    return null;
  }

  private static Object numbers(String op, Object a, Object b, Evaluation ev) {
    if (a instanceof Long && b instanceof Long && !op.equals("/")) {
      long x = (Long) a;
      long y = (Long) b;
      try {
        switch (op) {
          case "+":
            return Math.addExact(x, y);
          case "-":
            return Math.subtractExact(x, y);
          case "*":
            return Math.multiplyExact(x, y);
          default:
            if (y == 0) {
              throw ev.fail("cannot take the remainder of a division by zero");
            }
            return x % y;
        }
      } catch (ArithmeticException e) {
        throw ev.fail("the result is too large for a whole number; use decimals, such as 1.0 * x");
      }
    }
    BigDecimal x = decimal(a);
    BigDecimal y = decimal(b);
    switch (op) {
      case "+":
        return x.add(y);
      case "-":
        return x.subtract(y);
      case "*":
        return x.multiply(y);
      case "/":
        return divide(x, y, ev);
      default:
        if (y.signum() == 0) {
          throw ev.fail("cannot take the remainder of a division by zero");
        }
        return x.remainder(y);
    }
  }

  /** Exact when the quotient terminates, else 34 significant digits rounded half-even. */
  static BigDecimal divide(BigDecimal x, BigDecimal y, Evaluation ev) {
    if (y.signum() == 0) {
      throw ev.fail("cannot divide by zero");
    }
    try {
      return x.divide(y);
    } catch (ArithmeticException nonTerminating) {
      return x.divide(y, DIVISION);
    }
  }

  static boolean isNumber(Object v) {
    return v instanceof Long || v instanceof BigDecimal;
  }

  static BigDecimal decimal(Object v) {
    return v instanceof BigDecimal ? (BigDecimal) v : BigDecimal.valueOf((Long) v);
  }

  /** Equality by value: numbers compare numerically, lists and maps item by item. */
  public static boolean equal(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a instanceof Long && b instanceof Long) {
      return a.equals(b);
    }
    if (isNumber(a) && isNumber(b)) {
      return decimal(a).compareTo(decimal(b)) == 0;
    }
    if (a instanceof List && b instanceof List) {
      List<?> x = (List<?>) a;
      List<?> y = (List<?>) b;
      if (x.size() != y.size()) {
        return false;
      }
      Iterator<?> i = x.iterator();
      Iterator<?> j = y.iterator();
      while (i.hasNext()) {
        if (!equal(Exposed.of(i.next()), Exposed.of(j.next()))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Map && b instanceof Map) {
      Map<?, ?> x = (Map<?, ?>) a;
      Map<?, ?> y = (Map<?, ?>) b;
      if (x.size() != y.size()) {
        return false;
      }
      for (Map.Entry<?, ?> e : x.entrySet()) {
        if (!y.containsKey(e.getKey())
            || !equal(Exposed.of(e.getValue()), Exposed.of(y.get(e.getKey())))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /**
   * Orders two non-null values of the same kind.
   *
   * @return negative, zero or positive; null when the two cannot be ordered
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Integer compare(Object a, Object b) {
    if (a instanceof Long && b instanceof Long) {
      return Long.compare((Long) a, (Long) b);
    }
    if (isNumber(a) && isNumber(b)) {
      return decimal(a).compareTo(decimal(b));
    }
    boolean sameKind =
        (a instanceof String && b instanceof String)
            || (a instanceof LocalDate && b instanceof LocalDate)
            || (a instanceof Instant && b instanceof Instant)
            || (a instanceof Duration && b instanceof Duration)
            || (a instanceof Boolean && b instanceof Boolean);
    return sameKind ? ((Comparable) a).compareTo(b) : null;
  }
}
