package dev.ferry.engine.expr.internal;

import static dev.ferry.engine.expr.internal.Converter.fail;
import static dev.ferry.engine.expr.internal.Converter.shown;

import dev.ferry.engine.expr.Values;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Conversions of single values: text, numbers, booleans, dates, durations, enums, secrets. */
final class Scalars {
  private Scalars() {}

  static Object convert(Object value, Class<?> type, String path) {
    if (type == String.class) {
      if (value instanceof List || value instanceof java.util.Map) {
        throw fail(path, "expected text but got " + Describe.value(value));
      }
      return Values.toText(value);
    }
    if (type == boolean.class || type == Boolean.class) {
      return value instanceof String
          ? Parsing.bool((String) value)
          : require(value, Boolean.class, type, path);
    }
    if (type == int.class || type == Integer.class) {
      long n = whole(value, type, path);
      if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
        throw fail(
            path, "the number " + n + " is out of range (at most " + Integer.MAX_VALUE + ")");
      }
      return (int) n;
    }
    if (type == long.class || type == Long.class) {
      return whole(value, type, path);
    }
    if (type == BigDecimal.class) {
      if (value instanceof Long) {
        return BigDecimal.valueOf((Long) value);
      }
      return value instanceof String
          ? Parsing.decimal((String) value)
          : require(value, BigDecimal.class, type, path);
    }
    if (type == Duration.class) {
      if (value instanceof Long || value instanceof BigDecimal) {
        return Parsing.seconds(Operators.decimal(value));
      }
      return value instanceof String
          ? Parsing.duration((String) value)
          : require(value, Duration.class, type, path);
    }
    if (type == LocalDate.class) {
      return value instanceof String
          ? Parsing.date((String) value)
          : require(value, LocalDate.class, type, path);
    }
    if (type == Instant.class) {
      return value instanceof String
          ? Parsing.instant((String) value)
          : require(value, Instant.class, type, path);
    }
    if (type.isEnum()) {
      return constant(value, type, path);
    }
    throw new Converter.UnsupportedTarget(type);
  }

  private static Object require(Object value, Class<?> kind, Class<?> type, String path) {
    if (kind.isInstance(value)) {
      return value;
    }
    throw fail(path, "expected " + expected(type) + " but got " + shown(value));
  }

  private static long whole(Object value, Class<?> type, String path) {
    if (value instanceof Long) {
      return (Long) value;
    }
    if (value instanceof String) {
      return Parsing.whole((String) value);
    }
    if (value instanceof BigDecimal) {
      BigDecimal d = (BigDecimal) value;
      if (d.signum() == 0 || d.stripTrailingZeros().scale() <= 0) {
        try {
          return d.longValueExact();
        } catch (ArithmeticException e) {
          throw fail(path, "the number " + d.toPlainString() + " is too large for a whole number");
        }
      }
    }
    throw fail(path, "expected " + expected(type) + " but got " + shown(value));
  }

  private static Object constant(Object value, Class<?> type, String path) {
    List<String> names = new ArrayList<>();
    if (value instanceof String) {
      String wanted = ((String) value).strip().replace('-', '_');
      for (Object c : type.getEnumConstants()) {
        if (((Enum<?>) c).name().equalsIgnoreCase(wanted)) {
          return c;
        }
      }
    }
    for (Object c : type.getEnumConstants()) {
      names.add(((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    throw fail(path, "expected one of " + String.join(", ", names) + " but got " + shown(value));
  }

  static String expected(Class<?> type) {
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == BigDecimal.class) {
      return "a decimal number";
    }
    if (type == Duration.class) {
      return "a duration such as 30s";
    }
    if (type == LocalDate.class) {
      return "a date such as 2024-05-31";
    }
    if (type == Instant.class) {
      return "a date-time such as 2024-05-31T14:30:00Z";
    }
    return "a " + type.getSimpleName();
  }
}
