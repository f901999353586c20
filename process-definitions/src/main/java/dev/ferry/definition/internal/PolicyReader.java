package dev.ferry.definition.internal;

import dev.ferry.engine.model.RateLimit;
import dev.ferry.engine.model.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code retry:} policies and {@code rate-limit:} values. */
public final class PolicyReader {
  public static final List<String> RETRY_KEYS = LanguageDocs.keys(LanguageDocs.RETRY);
  public static final int DEFAULT_ATTEMPTS = 3;
  public static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(1);
  public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofMinutes(5);

  private static final Pattern RATE = Pattern.compile("\\s*(\\d+)\\s*/\\s*(\\S+)\\s*");

  private final Problems problems;

  public PolicyReader(Problems problems) {
    this.problems = problems;
  }

  /** A retry policy; null after reporting a problem. */
  public RetryPolicy retry(Node node, String what) {
    Fields fields = Fields.of(node, what, problems);
    fields.rejectUnknown(RETRY_KEYS, what);
    Integer attempts =
        fields.has("attempts")
            ? Scalars.atLeast(fields.value("attempts"), 1, "'attempts' in " + what, problems)
            : Integer.valueOf(DEFAULT_ATTEMPTS);
    Duration backoff =
        fields.has("backoff")
            ? Scalars.duration(fields.value("backoff"), "'backoff' in " + what, problems)
            : DEFAULT_BACKOFF;
    Duration maxBackoff =
        fields.has("max-backoff")
            ? Scalars.duration(fields.value("max-backoff"), "'max-backoff' in " + what, problems)
            : max(DEFAULT_MAX_BACKOFF, backoff);
    if (attempts == null || backoff == null || maxBackoff == null) {
      return null;
    }
    if (maxBackoff.compareTo(backoff) < 0) {
      problems.add(
          fields.value("max-backoff"),
          "'max-backoff' in " + what + " is shorter than 'backoff'; make it at least as long");
      return null;
    }
    return new RetryPolicy(attempts, backoff, maxBackoff);
  }

  private static Duration max(Duration a, Duration b) {
    return b == null || a.compareTo(b) >= 0 ? a : b;
  }

  /** A rate limit such as {@code 10/s}, {@code 100/min} or {@code 5/30s}; null after a problem. */
  public RateLimit rate(Node node, String what) {
    String text = Scalars.text(node, what, problems);
    if (text == null) {
      return null;
    }
    Matcher m = RATE.matcher(text);
    Duration per = m.matches() ? period(m.group(2)) : null;
    long permits = m.matches() ? parsePermits(m.group(1)) : 0;
    if (per == null || per.isZero() || permits < 1 || permits > Integer.MAX_VALUE) {
      problems.add(
          node,
          what
              + " is '"
              + text
              + "', which is not a rate; write a number of actions per period, such as 10/s,"
              + " 100/min, 500/h or 5/30s");
      return null;
    }
    return new RateLimit((int) permits, per);
  }

  private static long parsePermits(String digits) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Duration period(String unit) {
    return switch (unit) {
      case "s", "sec", "second" -> Duration.ofSeconds(1);
      case "m", "min", "minute" -> Duration.ofMinutes(1);
      case "h", "hour" -> Duration.ofHours(1);
      case "d", "day" -> Duration.ofDays(1);
      default -> DurationText.parse(unit).orElse(null);
    };
  }
}
