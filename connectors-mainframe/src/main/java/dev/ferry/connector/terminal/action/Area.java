package dev.ferry.connector.terminal.action;

import dev.ferry.engine.spi.Param;

/**
 * A piece of screen text: {@code length} characters from {@code row, col} (1-based).
 *
 * @param row 1-based row
 * @param col 1-based column
 * @param length number of characters
 */
public record Area(
    @Param("1-based row") int row,
    @Param("1-based column") int col,
    @Param("number of characters") int length) {
  public Area {
    if (row < 1 || col < 1 || length < 1) {
      throw new IllegalArgumentException(
          "row and col start at 1 and length is at least 1: " + row + "," + col + "," + length);
    }
  }
}
