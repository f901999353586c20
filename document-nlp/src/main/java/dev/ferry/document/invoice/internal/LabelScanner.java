package dev.ferry.document.invoice.internal;

import dev.ferry.document.layout.DocumentText;
import dev.ferry.document.layout.TextLine;
import dev.ferry.document.layout.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds field labels on the pages and the text that could be their value: the rest of the label's
 * cell, the next cell on the same line, or the cell below it.
 */
public final class LabelScanner {
  /** Where a line is cut into cells: a gap between words wider than this many line heights. */
  public static final float GAP = 1.2f;

  private static final int MAX_LABEL_WORDS = 6;

  private LabelScanner() {}

  /** Where a value candidate sits relative to its label. */
  public enum Place {
    SAME_CELL,
    NEXT_CELL,
    BELOW
  }

  /** Text that may be the value of a label. */
  public record Candidate(List<Word> words, Place place) {
    public String text() {
      return String.join(" ", words.stream().map(Word::text).toList());
    }
  }

  /** A label and its value candidates, nearest first. */
  public record Hit(
      Labels field, int strength, TextLine label, TextLine line, List<Candidate> candidates) {}

  public static List<Hit> scan(DocumentText document) {
    List<Hit> hits = new ArrayList<>();
    for (var page : document.pages()) {
      List<TextLine> lines = page.lines();
      for (int i = 0; i < lines.size(); i++) {
        List<TextLine> cells = lines.get(i).segments(GAP);
        for (int c = 0; c < cells.size(); c++) {
          scanCell(lines, i, cells, c, hits);
        }
      }
    }
    return hits;
  }

  private static void scanCell(
      List<TextLine> lines, int lineIndex, List<TextLine> cells, int cellIndex, List<Hit> hits) {
    List<Word> words = cells.get(cellIndex).words();
    int start = 0;
    while (start < words.size()) {
      Match m = longestLabel(words, start);
      // Inside a cell, a label must open it or end with a colon, or ordinary words would match.
      if (m != null && (start == 0 || words.get(start + m.length - 1).text().endsWith(":"))) {
        TextLine label = new TextLine(words.get(0).page(), words.subList(start, start + m.length));
        List<Candidate> candidates = new ArrayList<>();
        List<Word> rest = words.subList(start + m.length, words.size());
        if (!rest.isEmpty()) {
          candidates.add(new Candidate(untilNextLabel(rest), Place.SAME_CELL));
        }
        if (cellIndex + 1 < cells.size()) {
          candidates.add(new Candidate(cells.get(cellIndex + 1).words(), Place.NEXT_CELL));
        } else if (rest.isEmpty()) {
          Candidate right = rightOnNeighbourLine(lines, lineIndex, label);
          if (right != null) {
            candidates.add(right);
          }
        }
        Candidate below = below(lines, lineIndex, label);
        if (below != null) {
          candidates.add(below);
        }
        for (Labels field : m.fields) {
          hits.add(
              new Hit(field, field.strength(m.compact), label, lines.get(lineIndex), candidates));
        }
        start += m.length;
      } else {
        start++;
      }
    }
  }

  private record Match(int length, String compact, List<Labels> fields) {}

  private static Match longestLabel(List<Word> words, int start) {
    StringBuilder compact = new StringBuilder();
    Match best = null;
    for (int k = start; k < Math.min(words.size(), start + MAX_LABEL_WORDS); k++) {
      compact.append(Labels.compact(words.get(k).text()));
      String key = compact.toString();
      List<Labels> fields = new ArrayList<>();
      for (Labels l : Labels.values()) {
        if (l.strength(key) > 0) {
          fields.add(l);
        }
      }
      if (!fields.isEmpty()) {
        best = new Match(k - start + 1, key, fields);
      }
      if (words.get(k).text().endsWith(":")) {
        break;
      }
    }
    return best;
  }

  private static List<Word> untilNextLabel(List<Word> rest) {
    for (int i = 1; i < rest.size(); i++) {
      String t = rest.get(i).text();
      if (t.endsWith(":") && Labels.isAnyLabel(Labels.compact(t))) {
        return rest.subList(0, i);
      }
    }
    return rest;
  }

  /**
   * A value printed to the right of its label in another font size often has a baseline a little
   * off, so it lands on the line just above or below; take the nearest cell to the right whose
   * middle is level with the label.
   */
  private static Candidate rightOnNeighbourLine(
      List<TextLine> lines, int lineIndex, TextLine label) {
    TextLine best = null;
    for (int j = Math.max(0, lineIndex - 1); j <= Math.min(lines.size() - 1, lineIndex + 1); j++) {
      if (j == lineIndex) {
        continue;
      }
      for (TextLine cell : lines.get(j).segments(GAP)) {
        float middle = (cell.top() + cell.bottom()) / 2;
        boolean level = middle > label.top() - 1 && middle < label.bottom() + 1;
        if (level && cell.left() > label.right() && (best == null || cell.left() < best.left())) {
          best = cell;
        }
      }
    }
    return best == null ? null : new Candidate(best.words(), Place.NEXT_CELL);
  }

  private static Candidate below(List<TextLine> lines, int lineIndex, TextLine label) {
    float height = label.bottom() - label.top();
    for (int j = lineIndex + 1; j < lines.size(); j++) {
      TextLine next = lines.get(j);
      if (next.top() - label.bottom() > 2.5f * height) {
        return null;
      }
      for (TextLine cell : next.segments(GAP)) {
        boolean overlaps = cell.left() < label.right() + height && cell.right() > label.left();
        if (overlaps) {
          return new Candidate(cell.words(), Place.BELOW);
        }
      }
    }
    return null;
  }
}
