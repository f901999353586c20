package dev.ferry.engine.expr.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict parsing of text into values, shared by the functions and the value converter. Each method
 * throws IllegalArgumentException with a plain-English message when the text does not fit.
 */
public final class Parsing {
  private static final Pattern WHOLE = Pattern.compile("[-+]?\\d{1,40}");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,200}(\\.\\d{1,200})?");
  private static final Pattern PART = Pattern.compile("(\\d{1,12})(ms|d|h|m|s)");
  private static final String[] UNITS = {"d", "h", "m", "s", "ms"};

  private Parsing() {}

  public static long whole(String text) {
    String t = text.strip();
    if (WHOLE.matcher(t).matches()) {
      try {
        return Long.parseLong(t);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("the whole number '" + shorten(text) + "' is too large");
      }
    }
    throw new IllegalArgumentException("expected a whole number but got '" + shorten(text) + "'");
  }

  /** Plain decimals only: {@code 1234.50}; no thousands separators, no exponent. */
  public static BigDecimal decimal(String text) {
    String t = text.strip();
    if (DECIMAL.matcher(t).matches()) {
      return new BigDecimal(t);
    }
    throw new IllegalArgumentException(
        "expected a decimal number such as 1234.50 but got '"
            + shorten(text)
            + "' (write no thousands separators and use '.' for the decimals)");
  }

  public static boolean bool(String text) {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true":
      case "yes":
        return true;
      case "false":
      case "no":
        return false;
      default:
        throw new IllegalArgumentException(
            "expected true, false, yes or no but got '" + shorten(text) + "'");
    }
  }

  public static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "expected a date such as 2024-05-31 but got '" + shorten(text) + "'");
    }
  }

  /** An ISO-8601 date-time with a zone: {@code 2024-05-31T14:30:00Z} or {@code ...+02:00}. */
  public static Instant instant(String text) {
    String t = text.strip();
    try {
      return Instant.parse(t);
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(t).toInstant();
      } catch (DateTimeParseException e2) {
        throw new IllegalArgumentException(
            "expected a date-time such as 2024-05-31T14:30:00Z but got '" + shorten(text) + "'");
      }
    }
  }

  /**
   * A duration: {@code 30s}, {@code 500ms}, {@code 5m}, {@code 1h30m}, {@code 2d}, ISO-8601 {@code
   * PT30S}, or a plain number of seconds.
   */
  public static Duration duration(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
    try {
      if (t.startsWith("p") || t.startsWith("-p")) {
        return Duration.parse(t.toUpperCase(Locale.ROOT));
      }
      if (DECIMAL.matcher(t).matches()) {
        return seconds(new BigDecimal(t));
      }
      return units(t, text);
    } catch (DateTimeParseException | ArithmeticException e) {
      throw new IllegalArgumentException(durationHint(text));
    }
  }

  /** A number of seconds, possibly with a fraction, as a duration. */
  public static Duration seconds(BigDecimal seconds) {
    BigDecimal nanos = seconds.movePointRight(9);
    if (nanos.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException(
          "a duration can be at most nanosecond-precise: " + seconds);
    }
    return Duration.ofSeconds(0, 0).plusNanos(nanos.longValueExact());
  }

  private static Duration units(String t, String original) {
    Matcher m = PART.matcher(t);
    Duration total = Duration.ZERO;
    int at = 0;
    int lastUnit = -1;
    while (at < t.length()) {
      if (!m.find(at) || m.start() != at) {
        throw new IllegalArgumentException(durationHint(original));
      }
      int unit = java.util.Arrays.asList(UNITS).indexOf(m.group(2));
      if (unit <= lastUnit) {
        throw new IllegalArgumentException(
            durationHint(original) + "; write the units from largest to smallest, each once");
      }
      lastUnit = unit;
      long n = Long.parseLong(m.group(1));
      Duration part =
          unit == 0
              ? Duration.ofDays(n)
              : unit == 1
                  ? Duration.ofHours(n)
                  : unit == 2
                      ? Duration.ofMinutes(n)
                      : unit == 3 ? Duration.ofSeconds(n) : Duration.ofMillis(n);
      total = total.plus(part);
      at = m.end();
    }
    if (at == 0) {
      throw new IllegalArgumentException(durationHint(original));
    }
    return total;
  }

  private static String durationHint(String text) {
    return "expected a duration such as 30s, 500ms, 5m, 1h30m, 2d or PT30S but got '"
        + shorten(text)
        + "'";
  }

  static String shorten(String text) {
    return Describe.shorten(text);
  }
}
