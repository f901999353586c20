package dev.ferry.document.layout.internal;

import dev.ferry.document.layout.PageText;
import dev.ferry.document.layout.TextLine;
import dev.ferry.document.layout.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays plain text out as if printed in a monospaced font, so that columns aligned with spaces stay
 * aligned and the same layout rules apply to text files and PDFs.
 */
public final class PlainTextLayout {
  static final float CHAR_WIDTH = 6f;
  static final float LINE_HEIGHT = 12f;

  private PlainTextLayout() {}

  /** Pages are separated by form feeds. */
  public static List<PageText> pages(String text) {
    List<PageText> pages = new ArrayList<>();
    String[] raw = text.split("\f", -1);
    for (int p = 0; p < raw.length; p++) {
      List<TextLine> lines = new ArrayList<>();
      String[] rows = raw[p].split("\r\n|\r|\n", -1);
      int maxColumns = 0;
      for (int r = 0; r < rows.length; r++) {
        String row = rows[r].replace('\t', ' ');
        maxColumns = Math.max(maxColumns, row.length());
        List<Word> words = words(row, p + 1, r);
        if (!words.isEmpty()) {
          lines.add(new TextLine(p + 1, words));
        }
      }
      pages.add(
          new PageText(p + 1, maxColumns * CHAR_WIDTH, rows.length * LINE_HEIGHT + 12f, lines));
    }
    return pages;
  }

  private static List<Word> words(String row, int page, int rowIndex) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    while (i < row.length()) {
      if (Character.isWhitespace(row.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < row.length() && !Character.isWhitespace(row.charAt(i))) {
        i++;
      }
      words.add(
          new Word(
              row.substring(start, i),
              page,
              start * CHAR_WIDTH,
              rowIndex * LINE_HEIGHT + 2f,
              (i - start) * CHAR_WIDTH,
              LINE_HEIGHT - 2f));
    }
    return words;
  }
}
