package dev.ferry.definition.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the syntax of a Quartz cron expression: six or seven fields (seconds, minutes, hours, day
 * of month, month, day of week, optional year), each with its own range and special characters.
 */
public final class CronSyntax {
  private static final List<String> FIELDS =
      List.of("seconds", "minutes", "hours", "day-of-month", "month", "day-of-week", "year");
  private static final int[] MIN = {0, 0, 0, 1, 1, 1, 1970};
  private static final int[] MAX = {59, 59, 23, 31, 12, 7, 2199};
  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
  private static final Pattern RANGE =
      Pattern.compile("(\\*|[A-Z0-9]+)(?:-([A-Z0-9]+))?(?:/(\\d+))?");
  private static final Pattern DAY_OF_MONTH_SPECIAL = Pattern.compile("L(?:-\\d+)?|LW|\\d+W");
  private static final Pattern DAY_OF_WEEK_SPECIAL = Pattern.compile("[A-Z0-9]+(?:L|#[1-5])|L");

  private CronSyntax() {}

  /** Why the expression is not valid, or empty when it is. */
  public static Optional<String> check(String cron) {
    String[] parts = cron.trim().toUpperCase(Locale.ROOT).split("\\s+");
    if (parts.length < 6 || parts.length > 7) {
      return Optional.of(
          "a cron expression has 6 or 7 fields (seconds minutes hours day-of-month month"
              + " day-of-week [year]), this one has "
              + parts.length
              + "; for example '0 0 6 ? * MON-FRI' is 06:00 on weekdays");
    }
    for (int i = 0; i < parts.length; i++) {
      Optional<String> error = field(i, parts[i]);
      if (error.isPresent()) {
        return error;
      }
    }
    boolean dayOfMonthAny = parts[3].equals("?");
    boolean dayOfWeekAny = parts[5].equals("?");
    if (dayOfMonthAny == dayOfWeekAny) {
      return Optional.of(
          "exactly one of day-of-month and day-of-week must be '?' in a Quartz cron expression,"
              + " such as '0 0 6 ? * MON-FRI' or '0 0 6 1 * ?'");
    }
    return Optional.empty();
  }

  private static Optional<String> field(int index, String text) {
    String name = FIELDS.get(index);
    if (text.equals("?")) {
      return index == 3 || index == 5
          ? Optional.empty()
          : Optional.of("'?' is only allowed in day-of-month and day-of-week, not in " + name);
    }
    for (String part : text.split(",", -1)) {
      if (index == 3 && DAY_OF_MONTH_SPECIAL.matcher(part).matches()) {
        continue;
      }
      if (index == 5 && DAY_OF_WEEK_SPECIAL.matcher(part).matches()) {
        continue;
      }
      Matcher m = RANGE.matcher(part);
      if (!m.matches()) {
        return Optional.of("the " + name + " field '" + text + "' is not valid cron syntax");
      }
      for (int group = 1; group <= 2; group++) {
        String value = m.group(group);
        if (value != null && !value.equals("*") && number(index, value) < 0) {
          return Optional.of(
              "the "
                  + name
                  + " field '"
                  + text
                  + "' has '"
                  + value
                  + "', outside "
                  + MIN[index]
                  + "-"
                  + MAX[index]);
        }
      }
    }
    return Optional.empty();
  }

  private static int number(int index, String value) {
    if (index == 4 && MONTHS.contains(value)) {
      return MONTHS.indexOf(value) + 1;
    }
    if (index == 5 && DAYS.contains(value)) {
      return DAYS.indexOf(value) + 1;
    }
    if (!value.chars().allMatch(Character::isDigit) || value.length() > 4) {
      return -1;
    }
    int n = Integer.parseInt(value);
    return n >= MIN[index] && n <= MAX[index] ? n : -1;
  }
}
