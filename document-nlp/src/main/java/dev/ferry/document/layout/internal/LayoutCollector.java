package dev.ferry.document.layout.internal;

import dev.ferry.document.layout.PageText;
import dev.ferry.document.layout.TextLine;
import dev.ferry.document.layout.Word;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of each page and groups them into words and lines itself, because the
 * stripper's own text loses the positions that provenance needs.
 */
public final class LayoutCollector extends PDFTextStripper {
  private final BooleanSupplier expired;
  private final List<PageText> pages = new ArrayList<>();
  private List<TextPosition> glyphs = new ArrayList<>();
  private int unreadableGlyphs;
  private int allGlyphs;
  private long operators;

  /**
   * @param expired tells when the time limit ran out; checked while content streams are parsed
   */
  public LayoutCollector(BooleanSupplier expired) {
    this.expired = expired;
  }

  public List<PageText> pages() {
    return pages;
  }

  /** The share of glyphs that had no Unicode mapping, 0 to 1. */
  public double unreadableShare() {
    return allGlyphs == 0 ? 0 : (double) unreadableGlyphs / allGlyphs;
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    checkTime();
    glyphs = new ArrayList<>();
  }

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    // A content stream can be built to take minutes; check the clock every few thousand operators.
    if (++operators % 2048 == 0) {
      checkTime();
    }
    super.processOperator(operator, operands);
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    String unicode = text.getUnicode();
    allGlyphs++;
    if (unicode == null || unicode.isEmpty() || unicode.indexOf('\uFFFD') >= 0) {
      unreadableGlyphs++;
      return;
    }
    glyphs.add(text);
  }

  @Override
  protected void endPage(PDPage page) {
    PDRectangle box = page.getCropBox();
    pages.add(
        new PageText(
            getCurrentPageNo(), box.getWidth(), box.getHeight(), lines(getCurrentPageNo())));
  }

  private void checkTime() {
    if (expired.getAsBoolean()) {
      throw new TimeLimitExceeded();
    }
  }

  private List<TextLine> lines(int pageNo) {
    glyphs.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
    List<List<TextPosition>> rows = new ArrayList<>();
    List<TextPosition> row = null;
    float baseline = 0;
    for (TextPosition g : glyphs) {
      float tolerance = 0.45f * height(g);
      if (row == null || g.getYDirAdj() - baseline > tolerance) {
        row = new ArrayList<>();
        rows.add(row);
        baseline = g.getYDirAdj();
      }
      row.add(g);
    }
    List<TextLine> lines = new ArrayList<>();
    for (List<TextPosition> r : rows) {
      r.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
      List<Word> words = words(r, pageNo);
      if (!words.isEmpty()) {
        lines.add(new TextLine(pageNo, words));
      }
    }
    return lines;
  }

  private static List<Word> words(List<TextPosition> row, int pageNo) {
    List<Word> words = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    float left = 0;
    float right = 0;
    float top = Float.MAX_VALUE;
    float bottom = 0;
    TextPosition previous = null;
    for (TextPosition g : row) {
      String u = g.getUnicode();
      // PDFs often space words with no-break spaces, which isBlank() does not count.
      boolean space =
          u.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
      float h = height(g);
      boolean gap = previous != null && g.getXDirAdj() - right > 0.2f * h;
      boolean duplicate =
          previous != null
              && u.equals(previous.getUnicode())
              && Math.abs(g.getXDirAdj() - previous.getXDirAdj()) < 0.1f * h;
      if (duplicate) {
        continue;
      }
      if ((space || gap) && !text.isEmpty()) {
        words.add(new Word(text.toString(), pageNo, left, top, right - left, bottom - top));
        text.setLength(0);
        top = Float.MAX_VALUE;
        bottom = 0;
      }
      previous = g;
      if (space) {
        right = g.getXDirAdj() + g.getWidthDirAdj();
        continue;
      }
      if (text.isEmpty()) {
        left = g.getXDirAdj();
      }
      text.append(u);
      right = g.getXDirAdj() + g.getWidthDirAdj();
      top = Math.min(top, g.getYDirAdj() - h);
      bottom = Math.max(bottom, g.getYDirAdj());
    }
    if (!text.isEmpty()) {
      words.add(new Word(text.toString(), pageNo, left, top, right - left, bottom - top));
    }
    return words;
  }

  private static float height(TextPosition g) {
    return Math.max(1f, Math.max(g.getHeightDir(), 0.7f * g.getFontSizeInPt()));
  }

  /** Thrown from inside PDFBox's parsing to stop it when the time limit runs out. */
  public static final class TimeLimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TimeLimitExceeded() {
      super("time limit exceeded", null, false, false);
    }
  }
}
