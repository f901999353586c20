package dev.ferry.engine.audit.report.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Breaks text into lines that fit a width in one font and size: at spaces where it can, inside a
 * word when a word alone is too wide. Line breaks in the text are kept. The lines are drawable (see
 * {@link ReportFonts#drawable}).
 */
final class Wrapping {
  private final ReportFonts fonts;
  private final PDFont font;
  private final float size;

  Wrapping(ReportFonts fonts, PDFont font, float size) {
    this.fonts = fonts;
    this.font = font;
    this.size = size;
  }

  /** At least one line, possibly empty. */
  List<String> lines(String text, float width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      wrap(fonts.drawable(font, paragraph), width, lines);
    }
    return lines.isEmpty() ? List.of("") : lines;
  }

  private void wrap(String paragraph, float width, List<String> lines) {
    if (fits(paragraph, width)) {
      lines.add(paragraph);
      return;
    }
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split("(?<= )")) {
      if (fits(line + word.stripTrailing(), width)) {
        line.append(word);
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line.toString().stripTrailing());
        line.setLength(0);
      }
      String rest = word;
      while (!fits(rest.stripTrailing(), width)) {
        int cut = longestFittingPrefix(rest, width);
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      line.append(rest);
    }
    if (!line.isEmpty() || lines.isEmpty()) {
      lines.add(line.toString().stripTrailing());
    }
  }

  private int longestFittingPrefix(String word, float width) {
    int low = 1;
    // No line on an A4 page holds more characters than this, even at the smallest size used.
    int high = Math.min(word.length(), 400);
    while (low < high) {
      int mid = (low + high + 1) / 2;
      if (fits(word.substring(0, mid), width)) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    // Never split a surrogate pair.
    if (low < word.length() && Character.isLowSurrogate(word.charAt(low)) && low > 1) {
      low--;
    }
    return Math.max(1, low);
  }

  private boolean fits(String text, float width) {
    return text.length() <= 400 && fonts.width(font, size, text) <= width;
  }
}
