package dev.ferry.document.invoice.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates written in English, German, French or Dutch: {@code 2024-03-05}, {@code 05.03.2024},
 * {@code 5/3/24}, {@code 5. März 2024}, {@code 29 maart 2014}, {@code March 5, 2024}, and a
 * contract's {@code 20th day of December, 2018}.
 */
public final class DateParser {
  private static final Map<String, Integer> MONTHS = months();
  private static final String MONTH_NAME = "([A-Za-zÀ-ÿ]{3,10})\\.?";
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\d.])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d])");
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s+(?:day\\s+of\\s+|of\\s+)?"
              + MONTH_NAME
              + "\\s*,?\\s+(?:of\\s+)?(\\d{4})");
  private static final Pattern MONTH_DAY =
      Pattern.compile(MONTH_NAME + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})");

  private DateParser() {}

  /** A date and where it sits in the text. */
  public record Found(LocalDate date, int start, int end) {}

  /**
   * Every date in the text, in order.
   *
   * @param monthFirst whether {@code 03/05/2024} means March 5 (US style) rather than 3 May
   */
  public static List<Found> findAll(String text, boolean monthFirst) {
    List<Found> out = new ArrayList<>();
    Matcher m = ISO.matcher(text);
    while (m.find()) {
      add(out, m, ymd(m.group(1), m.group(2), m.group(3)));
    }
    m = NUMERIC.matcher(text);
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      String y = m.group(4);
      boolean us = (monthFirst && a <= 12) || b > 12;
      if (m.group(2).equals(".")) {
        // Dotted dates are day first everywhere.
        us = false;
      }
      add(out, m, us ? date(y, a, b) : date(y, b, a));
    }
    m = DAY_MONTH.matcher(text);
    while (m.find()) {
      Integer month = month(m.group(2));
      if (month != null) {
        add(out, m, date(m.group(3), month, Integer.parseInt(m.group(1))));
      }
    }
    m = MONTH_DAY.matcher(text);
    while (m.find()) {
      Integer month = month(m.group(1));
      if (month != null) {
        add(out, m, date(m.group(3), month, Integer.parseInt(m.group(2))));
      }
    }
    out.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return out;
  }

  /**
   * Whether the slash dates of a text are written month first: positive when some date can only be
   * read month first (11/17/2017), negative when some can only be read day first (17/11/2017), zero
   * when none tells.
   */
  public static int monthFirstEvidence(String text) {
    int votes = 0;
    Matcher m = NUMERIC.matcher(text);
    while (m.find()) {
      if (m.group(2).equals(".")) {
        continue;
      }
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      if (b > 12 && a <= 12) {
        votes++;
      } else if (a > 12 && b <= 12) {
        votes--;
      }
    }
    return votes;
  }

  /** The text with every date blanked out, keeping offsets, so numbers in dates are not amounts. */
  public static String withoutDates(String text, boolean monthFirst) {
    StringBuilder b = new StringBuilder(text);
    for (Found f : findAll(text, monthFirst)) {
      for (int i = f.start(); i < f.end(); i++) {
        b.setCharAt(i, ' ');
      }
    }
    return b.toString();
  }

  private static void add(List<Found> out, Matcher m, LocalDate d) {
    if (d != null && out.stream().noneMatch(f -> f.start() < m.end() && m.start() < f.end())) {
      out.add(new Found(d, m.start(), m.end()));
    }
  }

  private static Integer month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    Integer exact = MONTHS.get(n);
    if (exact != null) {
      return exact;
    }
    return n.length() >= 3 ? MONTHS.get(n.substring(0, 3)) : null;
  }

  private static LocalDate ymd(String y, String m, String d) {
    return date(y, Integer.parseInt(m), Integer.parseInt(d));
  }

  private static LocalDate date(String y, int month, int day) {
    int year = Integer.parseInt(y);
    if (y.length() == 2) {
      year += year < 70 ? 2000 : 1900;
    }
    if (year < 1970 || year > 2100) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Map<String, Integer> months() {
    String[][] names = {
      {"january", "jan", "januar", "janvier", "januari", "jänner", "janv"},
      {"february", "feb", "februar", "février", "fevrier", "februari", "févr", "fév"},
      {"march", "mar", "märz", "marz", "mars", "maart", "mär", "maa", "mrt"},
      {"april", "apr", "avril", "avr"},
      {"may", "mai", "mei"},
      {"june", "jun", "juni", "juin"},
      {"july", "jul", "juli", "juillet", "juil"},
      {"august", "aug", "août", "aout", "augustus"},
      {"september", "sep", "sept", "septembre"},
      {"october", "oct", "oktober", "octobre", "okt"},
      {"november", "nov", "novembre"},
      {"december", "dec", "dezember", "décembre", "decembre", "déc", "dez"}
    };
    Map<String, Integer> map = new java.util.HashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        map.put(n, i + 1);
      }
    }
    return Map.copyOf(map);
  }
}
