package dev.ferry.connector.desktop.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * COM's DATE: days since 30 December 1899 as a double, the fraction being the time of day. Before
 * that day the whole part counts back while the fraction still counts forward, so -1.25 is 29
 * December 1899, 06:00.
 */
final class OleDate {
  private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
  private static final double MILLIS_PER_DAY = 86_400_000d;

  private OleDate() {}

  static double toOle(LocalDateTime dateTime) {
    long days = ChronoUnit.DAYS.between(EPOCH, dateTime.toLocalDate());
    double fraction = dateTime.toLocalTime().toNanoOfDay() / 1_000_000 / MILLIS_PER_DAY;
    return days >= 0 ? days + fraction : days - fraction;
  }

  static LocalDateTime fromOle(double value) {
    long days = (long) value;
    double fraction = Math.abs(value - days);
    long millis = Math.round(fraction * MILLIS_PER_DAY);
    return EPOCH.plusDays(days).atStartOfDay().plus(millis, ChronoUnit.MILLIS);
  }
}
