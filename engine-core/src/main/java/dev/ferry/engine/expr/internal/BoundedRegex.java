package dev.ferry.engine.expr.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Regular-expression search with bounded time. Java's regex engine backtracks, so a pattern such as
 * {@code (a+)+$} can take exponential time; the text is wrapped so that every character the matcher
 * reads is counted, and the search stops when the count passes a budget.
 */
final class BoundedRegex {
  static final int MAX_PATTERN = 500;
  static final int MAX_INPUT = 100_000;
  private static final long MAX_READS = 2_000_000;
  private static final Map<String, Pattern> CACHE =
      Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
              return size() > 256;
            }
          });

  private BoundedRegex() {}

  /** Whether the pattern matches somewhere in the text (use ^ and $ to match all of it). */
  static boolean find(String text, String pattern, Evaluation ev) {
    if (pattern.length() > MAX_PATTERN) {
      throw ev.fail(
          "the pattern is " + pattern.length() + " characters long; the limit is " + MAX_PATTERN);
    }
    if (text.length() > MAX_INPUT) {
      throw ev.fail(
          "matches(...) works on texts of up to "
              + MAX_INPUT
              + " characters; this one has "
              + text.length());
    }
    Pattern compiled = CACHE.get(pattern);
    if (compiled == null) {
      try {
        compiled = Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        throw ev.fail(
            "'" + Describe.shorten(pattern) + "' is not a valid pattern: " + e.getDescription());
      }
      CACHE.put(pattern, compiled);
    }
    try {
      return compiled.matcher(new CountingText(text)).find();
    } catch (TooSlow e) {
      throw ev.fail(
          "the pattern '"
              + Describe.shorten(pattern)
              + "' takes too long on this text (it backtracks too much); simplify it (avoid nested"
              + " repeats such as (a+)+)");
    } catch (StackOverflowError e) {
      throw ev.fail("the pattern '" + Describe.shorten(pattern) + "' is too complex for this text");
    }
  }

  private static final class TooSlow extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooSlow() {
      super(null, null, false, false);
    }
  }

  private static final class CountingText implements CharSequence {
    private final String text;
    private final long[] reads;

    CountingText(String text) {
      this(text, new long[1]);
    }

    private CountingText(String text, long[] reads) {
      this.text = text;
      this.reads = reads;
    }

    @Override
    public char charAt(int index) {
      if (++reads[0] > MAX_READS) {
        throw new TooSlow();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new CountingText(text.substring(start, end), reads);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
