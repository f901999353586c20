package dev.ferry.document.invoice.internal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads amounts written the European or the English way: {@code 1.234,56}, {@code 1,234.56}, {@code
 * 1 234,56}, {@code € 12}, {@code -0,00}, {@code (12.00)}.
 */
public final class AmountParser {
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\w.,])([-−–]\\s?)?\\(?(\\d{1,3}(?:[.,'\u00a0\u202f ]\\d{3})+(?:[.,]\\d{1,4})?"
              + "|\\d+(?:[.,]\\d{1,4})?)\\)?(?![\\w%])(?![.,]\\d)");

  private AmountParser() {}

  /** A number found in a text, and where it sits in that text. */
  public record Found(BigDecimal value, int start, int end, boolean hasDecimals) {}

  /**
   * The first amount in the text, ignoring percentages and numbers glued to letters (ids, VAT
   * numbers).
   */
  public static Optional<Found> find(String text) {
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      String digits = m.group(2);
      BigDecimal v = toDecimal(digits);
      if (v == null) {
        continue;
      }
      boolean negative =
          m.group(1) != null || (m.group().startsWith("(") && m.group().endsWith(")"));
      return Optional.of(
          new Found(negative ? v.negate() : v, m.start(), m.end(), hasDecimals(digits)));
    }
    return Optional.empty();
  }

  /** The first amount with decimals, else the first amount. */
  public static Optional<Found> findPreferringDecimals(String text) {
    Matcher m = NUMBER.matcher(text);
    Found first = null;
    while (m.find()) {
      Optional<Found> f =
          find(text.substring(0, m.start()).replaceAll("\\S", " ") + text.substring(m.start()));
      if (f.isEmpty()) {
        continue;
      }
      if (f.get().hasDecimals()) {
        return f;
      }
      if (first == null) {
        first = f.get();
      }
    }
    return Optional.ofNullable(first);
  }

  /** The whole text as an amount, allowing a currency sign or code around it. */
  public static Optional<BigDecimal> parseWhole(String text) {
    String stripped =
        text.replaceAll("(?i)\\b(EUR|USD|GBP|CHF|INR|PLN|SEK|NOK|DKK|CZK|JPY|CAD|AUD)\\b", "")
            .replaceAll("[€$£₹¥:]", "")
            .trim();
    Optional<Found> f = find(stripped);
    if (f.isEmpty() || f.get().start() > 2 || f.get().end() < stripped.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(f.get().value());
  }

  private static boolean hasDecimals(String digits) {
    int sep = Math.max(digits.lastIndexOf(','), digits.lastIndexOf('.'));
    return sep >= 0 && digits.length() - sep - 1 != 3;
  }

  private static BigDecimal toDecimal(String raw) {
    String s = raw.replaceAll("['\u00a0\u202f ]", "");
    int lastComma = s.lastIndexOf(',');
    int lastDot = s.lastIndexOf('.');
    int decimal = -1;
    if (lastComma >= 0 && lastDot >= 0) {
      decimal = Math.max(lastComma, lastDot);
    } else if (lastComma >= 0 || lastDot >= 0) {
      int sep = Math.max(lastComma, lastDot);
      char c = s.charAt(sep);
      boolean single = s.indexOf(c) == sep;
      int after = s.length() - sep - 1;
      // "1.000" and "1,000" are thousands; "12,50" and "9,9000" are decimals.
      if (single && after != 3) {
        decimal = sep;
      } else if (single && s.substring(0, sep).equals("0")) {
        decimal = sep;
      }
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        b.append(c);
      } else if (i == decimal) {
        b.append('.');
      }
    }
    if (b.isEmpty() || b.charAt(0) == '.') {
      return null;
    }
    return new BigDecimal(b.toString());
  }
}
