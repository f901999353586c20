package dev.ferry.engine.expr;

import dev.ferry.engine.spi.DocumentRef;
import dev.ferry.engine.spi.Secret;
import dev.ferry.engine.spi.SecretRef;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The values an expression can see, and how Java values become them.
 *
 * <p>An expression value is one of: null, {@link Boolean}, {@link Long} (whole numbers), {@link
 * BigDecimal} (decimals, money), {@link String}, {@link LocalDate}, {@link Instant} (date-times),
 * {@link Duration}, {@link List}, {@link Map} with String keys, or {@link DocumentRef}. All methods
 * are static and thread-safe.
 */
public final class Values {
  private static final int MAX_NESTING = 100;

  private Values() {}

  /**
   * Turns a Java value, such as an action's output record, into an expression value, recursively.
   *
   * @param value any value, may be null
   * @return the expression value; lists and maps are new mutable copies
   * @throws IllegalArgumentException for a {@link Secret}, a value nested too deeply, or a type
   *     that has no expression form (the message names the type)
   */
  public static Object normalize(Object value) {
    return normalize(value, 0);
  }

  /** Whether a value is already an expression value at its top level (items are not checked). */
  public static boolean isExpressionValue(Object value) {
    return value == null
        || value instanceof String
        || value instanceof Long
        || value instanceof BigDecimal
        || value instanceof Boolean
        || value instanceof LocalDate
        || value instanceof Instant
        || value instanceof Duration
        || value instanceof List
        || value instanceof Map
        || value instanceof DocumentRef;
  }

  private static Object normalize(Object value, int depth) {
    if (depth > MAX_NESTING) {
      throw new IllegalArgumentException(
          "the value is nested more than "
              + MAX_NESTING
              + " levels deep (does it refer to itself?)");
    }
    if (value == null
        || value instanceof String
        || value instanceof Long
        || value instanceof BigDecimal
        || value instanceof Boolean
        || value instanceof LocalDate
        || value instanceof Instant
        || value instanceof Duration
        || value instanceof DocumentRef) {
      return value;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("the number " + d + " has no decimal form");
      }
      return value instanceof Float ? new BigDecimal(value.toString()) : BigDecimal.valueOf(d);
    }
    if (value instanceof BigInteger) {
      BigInteger big = (BigInteger) value;
      return big.bitLength() < 64 ? (Object) big.longValue() : new BigDecimal(big);
    }
    if (value instanceof CharSequence || value instanceof Character) {
      return value.toString();
    }
    if (value instanceof Enum) {
      return ((Enum<?>) value).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
    if (value instanceof Secret) {
      throw new IllegalArgumentException(
          "a secret's value cannot be used in an expression or stored as a variable");
    }
    if (value instanceof SecretRef) {
      return ((SecretRef) value).name();
    }
    if (value instanceof OffsetDateTime) {
      return ((OffsetDateTime) value).toInstant();
    }
    if (value instanceof ZonedDateTime) {
      return ((ZonedDateTime) value).toInstant();
    }
    if (value instanceof LocalDateTime) {
      return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }
    if (value instanceof Optional) {
      return normalize(((Optional<?>) value).orElse(null), depth + 1);
    }
    if (value instanceof Record) {
      return record((Record) value, depth);
    }
    if (value instanceof Map) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        map.put(toText(normalize(e.getKey(), depth + 1)), normalize(e.getValue(), depth + 1));
      }
      return map;
    }
    if (value instanceof Collection) {
      List<Object> list = new ArrayList<>(((Collection<?>) value).size());
      for (Object item : (Collection<?>) value) {
        list.add(normalize(item, depth + 1));
      }
      return list;
    }
    if (value instanceof byte[]) {
      // A screenshot or a file as a list of numbers would be huge and useless to an analyst.
      throw new IllegalArgumentException(
          "binary content (byte[]) cannot be a variable; keep it in a document instead");
    }
    if (value.getClass().isArray()) {
      int length = Array.getLength(value);
      List<Object> list = new ArrayList<>(length);
      for (int i = 0; i < length; i++) {
        list.add(normalize(Array.get(value, i), depth + 1));
      }
      return list;
    }
    throw new IllegalArgumentException(
        "a " + value.getClass().getName() + " cannot be used as an expression value");
  }

  private static Map<String, Object> record(Record value, int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (RecordComponent component : value.getClass().getRecordComponents()) {
      Method accessor = component.getAccessor();
      try {
        if (!accessor.canAccess(value)) {
          accessor.trySetAccessible();
        }
        map.put(component.getName(), normalize(accessor.invoke(value), depth + 1));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalArgumentException(
            "cannot read " + component.getName() + " of " + value.getClass().getName(), e);
      }
    }
    return map;
  }

  /**
   * The text form of a value, as a template shows it: null is empty, decimals are plain ({@code
   * 12.50}, never {@code 1.25E+1}), dates, date-times and durations are ISO-8601, a document is its
   * name, and lists and maps are written like JSON.
   */
  public static String toText(Object value) {
    Object v = normalize(value);
    if (v == null) {
      return "";
    }
    if (v instanceof BigDecimal) {
      return ((BigDecimal) v).toPlainString();
    }
    if (v instanceof DocumentRef) {
      return ((DocumentRef) v).name();
    }
    if (v instanceof List || v instanceof Map) {
      StringBuilder out = new StringBuilder();
      json(v, out);
      return out.toString();
    }
    return v.toString();
  }

  private static void json(Object v, StringBuilder out) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof String
        || v instanceof LocalDate
        || v instanceof Instant
        || v instanceof Duration
        || v instanceof DocumentRef) {
      quote(toText(v), out);
    } else if (v instanceof List) {
      out.append('[');
      for (Iterator<?> it = ((List<?>) v).iterator(); it.hasNext(); ) {
        json(it.next(), out);
        out.append(it.hasNext() ? ", " : "");
      }
      out.append(']');
    } else if (v instanceof Map) {
      out.append('{');
      for (Iterator<? extends Map.Entry<?, ?>> it = ((Map<?, ?>) v).entrySet().iterator();
          it.hasNext(); ) {
        Map.Entry<?, ?> e = it.next();
        quote(String.valueOf(e.getKey()), out);
        out.append(": ");
        json(e.getValue(), out);
        out.append(it.hasNext() ? ", " : "");
      }
      out.append('}');
    } else {
      out.append(toText(v));
    }
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
