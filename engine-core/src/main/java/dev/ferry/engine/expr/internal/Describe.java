package dev.ferry.engine.expr.internal;

import dev.ferry.engine.spi.DocumentRef;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Plain-English names of values and their types, for error messages. */
public final class Describe {
  private static final int MAX_SHOWN = 40;

  private Describe() {}

  /** The type of a value as an analyst would say it: "text", "number", "date", ... */
  public static String type(Object value) {
    if (value == null) {
      return "null";
    } else if (value instanceof String) {
      return "text";
    } else if (value instanceof Long) {
      return "whole number";
    } else if (value instanceof Number) {
      return "number";
    } else if (value instanceof Boolean) {
      return "true/false value";
    } else if (value instanceof LocalDate) {
      return "date";
    } else if (value instanceof Instant) {
      return "date-time";
    } else if (value instanceof Duration) {
      return "duration";
    } else if (value instanceof List) {
      return "list";
    } else if (value instanceof Map) {
      return "map";
    } else if (value instanceof DocumentRef) {
      return "document";
    }
    return value.getClass().getSimpleName();
  }

  /** A value with its type, shortened: {@code text 'abc'}, {@code number 5}, {@code list of 3}. */
  public static String value(Object value) {
    if (value == null) {
      return "null";
    } else if (value instanceof String) {
      return "text '" + shorten((String) value) + "'";
    } else if (value instanceof Long || value instanceof BigDecimal) {
      return "number "
          + shorten(
              value instanceof BigDecimal
                  ? ((BigDecimal) value).toPlainString()
                  : value.toString());
    } else if (value instanceof Boolean) {
      return value.toString();
    } else if (value instanceof List) {
      int size = ((List<?>) value).size();
      return "a list of " + size + (size == 1 ? " item" : " items");
    } else if (value instanceof Map) {
      int size = ((Map<?, ?>) value).size();
      return "a map of " + size + (size == 1 ? " entry" : " entries");
    } else if (value instanceof DocumentRef) {
      return "document '" + shorten(((DocumentRef) value).name()) + "'";
    } else if (value instanceof LocalDate
        || value instanceof Instant
        || value instanceof Duration) {
      return type(value) + " " + value;
    }
    return "a " + value.getClass().getSimpleName();
  }

  static String shorten(String text) {
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "...";
  }
}
