package dev.ferry.connector.terminal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A snapshot of a terminal screen, the same for 5250 and 3270.
 *
 * @param rows number of rows, such as 24 or 27
 * @param cols number of columns, such as 80 or 132
 * @param lines the text of each row, exactly {@code cols} characters
 * @param fields the fields, in screen order
 * @param cursorRow 1-based
 * @param cursorCol 1-based
 * @param keyboardLocked whether the terminal refuses input (X SYSTEM, X CLOCK): the host is busy
 */
public record Screen(
    int rows,
    int cols,
    List<String> lines,
    List<Field> fields,
    int cursorRow,
    int cursorCol,
    boolean keyboardLocked) {

  private static final Pattern POSITION = Pattern.compile("\\s*(\\d+)\\s*,\\s*(\\d+)\\s*");

  public Screen {
    lines = List.copyOf(lines);
    fields = List.copyOf(fields);
    if (lines.size() != rows) {
      throw new IllegalArgumentException("expected " + rows + " lines, got " + lines.size());
    }
  }

  /** The whole screen as text, one line per row. */
  public String text() {
    return String.join("\n", lines);
  }

  /** Whether the screen shows {@code text} anywhere (case-sensitive, within one row). */
  public boolean contains(String text) {
    return lines.stream().anyMatch(l -> l.contains(text));
  }

  /**
   * The text at a position.
   *
   * @throws IllegalArgumentException when the area is outside the screen
   */
  public String textAt(int row, int col, int length) {
    if (row < 1 || row > rows || col < 1 || length < 0 || col - 1 + length > cols) {
      throw new IllegalArgumentException(
          "row "
              + row
              + " col "
              + col
              + " length "
              + length
              + " is outside the "
              + rows
              + "x"
              + cols
              + " screen");
    }
    return lines.get(row - 1).substring(col - 1, col - 1 + length);
  }

  /** The message line (the last row, where IBM i and most 3270 programs put errors), stripped. */
  public String messageLine() {
    return lines.get(rows - 1).strip();
  }

  /**
   * Finds a field by its label (case-insensitive, exact after trimming, then as a prefix) or by a
   * {@code row,col} position inside it.
   */
  public Optional<Field> field(String labelOrPosition) {
    Objects.requireNonNull(labelOrPosition, "labelOrPosition");
    Matcher m = POSITION.matcher(labelOrPosition);
    if (m.matches()) {
      int r = Integer.parseInt(m.group(1));
      int c = Integer.parseInt(m.group(2));
      return fields.stream().filter(f -> f.covers(r, c)).findFirst();
    }
    String wanted = labelOrPosition.strip().toLowerCase(Locale.ROOT);
    // input fields first: on 3270 screens the protected text around them are fields too
    for (boolean prefix : new boolean[] {false, true}) {
      for (boolean inputOnly : new boolean[] {true, false}) {
        Optional<Field> found =
            fields.stream()
                .filter(f -> !inputOnly || f.input())
                .filter(f -> matches(f.label().toLowerCase(Locale.ROOT), wanted, prefix))
                .findFirst();
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean matches(String label, String wanted, boolean prefix) {
    return prefix ? !label.isEmpty() && label.startsWith(wanted) : label.equals(wanted);
  }

  /** The input fields, for error messages that list what the screen offers. */
  public List<Field> inputFields() {
    return fields.stream().filter(Field::input).toList();
  }

  /** The label a field at {@code row, col} gets: the text to its left, minus leader dots. */
  public static String labelLeftOf(String line, int col) {
    String left = line.substring(0, Math.min(line.length(), Math.max(0, col - 1)));
    // the label is the last run of text that is separated from earlier text by 3+ blanks
    int gap = left.stripTrailing().lastIndexOf("   ");
    String candidate = gap >= 0 ? left.substring(gap) : left;
    return candidate.replaceAll("[\\s.:]+$", "").replaceAll("(\\s\\.)+$", "").strip();
  }
}
