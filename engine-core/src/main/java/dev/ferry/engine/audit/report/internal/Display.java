package dev.ferry.engine.audit.report.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the report shows times, durations and JSON values to a person. */
final class Display {
  /** Longer text is cut in the PDF; the JSON Lines export keeps every character. */
  static final int MAX_BLOCK_CHARS = 60_000;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .setNodeFactory(
              com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  private Display() {}

  static String time(Instant at) {
    return at == null ? "-" : TIME.format(at);
  }

  static String clock(Instant at) {
    return at == null ? "-" : CLOCK.format(at);
  }

  /** Such as {@code 340 ms}, {@code 12.408 s} or {@code 3 min 05.120 s}; "-" while running. */
  static String duration(Instant start, Instant end) {
    if (start == null || end == null) {
      return "-";
    }
    Duration d = Duration.between(start, end);
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    if (ms < 60_000) {
      return String.format(Locale.ROOT, "%d.%03d s", ms / 1000, ms % 1000);
    }
    long minutes = ms / 60_000;
    long rest = ms % 60_000;
    String text =
        String.format(Locale.ROOT, "%d min %02d.%03d s", minutes % 60, rest / 1000, rest % 1000);
    return minutes >= 60 ? (minutes / 60) + " h " + text : text;
  }

  /** JSON indented for reading; text that is not JSON is shown as it is; null as "(none)". */
  static String json(String text) {
    if (text == null || text.isBlank()) {
      return "(none)";
    }
    try {
      JsonNode node = JSON.readTree(text);
      return clip(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
    } catch (JsonProcessingException notJson) {
      return clip(text);
    }
  }

  /** The text, cut at {@link #MAX_BLOCK_CHARS} with a note saying how much was left out. */
  static String clip(String text) {
    if (text.length() <= MAX_BLOCK_CHARS) {
      return text;
    }
    return text.substring(0, MAX_BLOCK_CHARS)
        + "\n... "
        + (text.length() - MAX_BLOCK_CHARS)
        + " more characters are left out of this report; the JSON Lines export has them all.";
  }

  static String orDash(String text) {
    return text == null || text.isBlank() ? "-" : text;
  }

  /** A size in bytes as a person reads it. */
  static String bytes(int size) {
    if (size < 1024) {
      return size + " bytes";
    }
    if (size < 1024 * 1024) {
      return (size + 512) / 1024 + " KB";
    }
    return String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
  }
}
