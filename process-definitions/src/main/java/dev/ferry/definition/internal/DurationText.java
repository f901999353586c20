package dev.ferry.definition.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations as analysts write them: {@code 500ms}, {@code 30s}, {@code 10m}, {@code 1h30m}.
 */
public final class DurationText {
  private static final Pattern WHOLE = Pattern.compile("(?:\\d+(?:ms|s|m|h|d))+");
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");

  /** The hint used in messages about a bad duration. */
  public static final String FORMAT =
      "write a number followed by ms, s, m, h or d, such as 30s, 10m or 1h30m";

  private DurationText() {}

  public static Optional<Duration> parse(String text) {
    String trimmed = text.trim();
    if (WHOLE.matcher(trimmed).matches()) {
      try {
        return Optional.of(sum(trimmed));
      } catch (NumberFormatException | ArithmeticException e) {
        return Optional.empty();
      }
    }
    if (trimmed.startsWith("P") || trimmed.startsWith("p")) {
      try {
        return Optional.of(Duration.parse(trimmed));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Duration sum(String trimmed) {
    Duration total = Duration.ZERO;
    Matcher part = PART.matcher(trimmed);
    while (part.find()) {
      long amount = Long.parseLong(part.group(1));
      total =
          total.plus(
              switch (part.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
              });
    }
    return total;
  }
}
