package dev.ferry.document.layout;

import java.util.List;

/**
 * The text of one page in reading order: lines from top to bottom.
 *
 * @param number the 1-based page number
 * @param width the page width in points
 * @param height the page height in points
 * @param lines never null, empty for a page without text
 */
public record PageText(int number, float width, float height, List<TextLine> lines) {
  public PageText {
    lines = List.copyOf(lines);
  }
}
