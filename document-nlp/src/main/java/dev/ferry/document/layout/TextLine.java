package dev.ferry.document.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The words that share one baseline on a page, left to right.
 *
 * @param page the 1-based page number
 * @param words never empty
 */
public record TextLine(int page, List<Word> words) {
  public TextLine {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a line has at least one word");
    }
  }

  /** The words joined by single spaces. */
  public String text() {
    return words.stream().map(Word::text).collect(Collectors.joining(" "));
  }

  public float top() {
    return (float) words.stream().mapToDouble(Word::y).min().orElse(0);
  }

  public float bottom() {
    return (float) words.stream().mapToDouble(Word::bottom).max().orElse(0);
  }

  public BoundingBox box() {
    return BoundingBox.around(words);
  }

  /**
   * The line cut where the gap between two words is wider than {@code gapFactor} times the line's
   * height: the label and value columns of a form, or the cells of a table row.
   */
  public List<TextLine> segments(float gapFactor) {
    List<TextLine> out = new ArrayList<>();
    List<Word> current = new ArrayList<>();
    float gap = gapFactor * Math.max(1f, bottom() - top());
    for (Word w : words) {
      if (!current.isEmpty() && w.x() - current.get(current.size() - 1).right() > gap) {
        out.add(new TextLine(page, current));
        current = new ArrayList<>();
      }
      current.add(w);
    }
    out.add(new TextLine(page, current));
    return out;
  }

  public float left() {
    return words.get(0).x();
  }

  public float right() {
    return words.get(words.size() - 1).right();
  }
}
