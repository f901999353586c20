package dev.ferry.connector.terminal;

import java.util.Objects;

/**
 * A field on a terminal screen.
 *
 * @param row 1-based row of the field's first character
 * @param col 1-based column of the field's first character
 * @param length number of characters
 * @param input whether the user can type in it (false for a protected field)
 * @param hidden whether its content is not displayed, such as a password
 * @param value the current content, trailing blanks removed; empty for hidden fields
 * @param label the text to the left of the field on the same row, without leader dots or colons
 *     ({@code "Vendor . . . . :"} becomes {@code "Vendor"}); empty when there is none
 */
public record Field(
    int row, int col, int length, boolean input, boolean hidden, String value, String label) {
  public Field {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(label, "label");
    if (row < 1 || col < 1 || length < 0) {
      throw new IllegalArgumentException(
          "a field needs row and column from 1 and a length from 0: " + row + "," + col);
    }
  }

  /** Where the field is, as written in definitions: {@code row,col}. */
  public String position() {
    return row + "," + col;
  }

  /** Whether {@code row, col} is inside this field. */
  public boolean covers(int atRow, int atCol) {
    return atRow == row && atCol >= col && atCol < col + length;
  }

  @Override
  public String toString() {
    return (label.isEmpty() ? "(no label)" : "'" + label + "'")
        + " at "
        + position()
        + " length "
        + length
        + (input ? "" : " protected");
  }
}
