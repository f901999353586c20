package dev.ferry.engine.audit.report.internal;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Lays content out top to bottom on A4 pages, starting a new page whenever the next line, row or
 * image would cross the bottom margin. Nothing is ever drawn outside the margins: text wraps, and
 * images shrink to fit. Not thread-safe; one per document.
 */
public final class PageFlow implements AutoCloseable {
  public static final float MARGIN = 50;
  private static final PDRectangle SIZE = PDRectangle.A4;
  private static final float TOP = SIZE.getHeight() - MARGIN;
  private static final float BOTTOM = MARGIN + 14; // room for the footer
  private static final Color BOX_FILL = new Color(0xF2, 0xF2, 0xF2);
  private static final Color BOX_LINE = new Color(0xB0, 0xB0, 0xB0);

  private final PDDocument document;
  private final ReportFonts fonts;
  private PDPage page;
  private PDPageContentStream out;
  private float y;

  public PageFlow(PDDocument document, ReportFonts fonts) {
    this.document = document;
    this.fonts = fonts;
  }

  public ReportFonts fonts() {
    return fonts;
  }

  /** The width between the margins, in points. */
  public float width() {
    return SIZE.getWidth() - 2 * MARGIN;
  }

  /** The page being written, starting one if none is. */
  public PDPage page() throws IOException {
    if (page == null) {
      newPage();
    }
    return page;
  }

  /** The vertical position of the next line on the current page. */
  public float top() throws IOException {
    page();
    return y;
  }

  public void newPage() throws IOException {
    closeStream();
    page = new PDPage(SIZE);
    document.addPage(page);
    out = new PDPageContentStream(document, page);
    y = TOP;
  }

  /** Starts a new page unless {@code height} points still fit on this one. */
  public void ensure(float height) throws IOException {
    page();
    if (y - height < BOTTOM && y < TOP) {
      newPage();
    }
  }

  /** How many points are left above the bottom margin. */
  public float remaining() throws IOException {
    page();
    return y - BOTTOM;
  }

  public void gap(float points) throws IOException {
    page();
    y = Math.max(BOTTOM, y - points);
  }

  /** A thin line across the page. */
  public void rule() throws IOException {
    ensure(6);
    out.setStrokingColor(BOX_LINE);
    out.setLineWidth(0.5f);
    out.moveTo(MARGIN, y - 3);
    out.lineTo(MARGIN + width(), y - 3);
    out.stroke();
    out.setStrokingColor(Color.BLACK);
    y -= 6;
  }

  /** Wrapped text across the full width. */
  public void paragraph(String text, PDFont font, float size) throws IOException {
    for (String line : new Wrapping(fonts, font, size).lines(text, width())) {
      line(MARGIN, line, font, size);
    }
  }

  /** A label in bold with its value wrapped beside it, as in a form. */
  public void field(String label, String value, float labelWidth, float size) throws IOException {
    Wrapping wrapping = new Wrapping(fonts, fonts.regular(), size);
    List<String> lines = wrapping.lines(value == null ? "" : value, width() - labelWidth);
    float leading = size * 1.35f;
    ensure(leading);
    text(MARGIN, y - size, fonts.drawable(fonts.bold(), label), fonts.bold(), size);
    for (String line : lines) {
      ensure(leading);
      text(MARGIN + labelWidth, y - size, line, fonts.regular(), size);
      y -= leading;
    }
  }

  /**
   * Monospace text in a grey box, line breaks kept, long lines wrapped at the box width. The box
   * continues on the next page when it does not fit.
   *
   * @param columns how many characters a line is expected to hold; the font shrinks (down to 5
   *     points) so that such a line fits without wrapping
   */
  public void monoBox(String text, float size, int columns) throws IOException {
    PDFont mono = fonts.mono();
    float padding = 4;
    float inner = width() - 2 * padding;
    float charWidth = fonts.width(mono, 1, "M");
    float fitted = Math.max(5, Math.min(size, inner / (columns * charWidth)));
    List<String> lines = new Wrapping(fonts, mono, fitted).lines(text, inner);
    float leading = fitted * 1.2f;
    int next = 0;
    while (next < lines.size()) {
      ensure(leading + 2 * padding);
      int fit = Math.max(1, (int) ((y - BOTTOM - 2 * padding) / leading));
      int count = Math.min(fit, lines.size() - next);
      float height = count * leading + 2 * padding;
      out.setNonStrokingColor(BOX_FILL);
      out.setStrokingColor(BOX_LINE);
      out.setLineWidth(0.5f);
      out.addRect(MARGIN, y - height, width(), height);
      out.fillAndStroke();
      out.setNonStrokingColor(Color.BLACK);
      out.setStrokingColor(Color.BLACK);
      float baseline = y - padding - fitted;
      for (int i = 0; i < count; i++) {
        text(MARGIN + padding, baseline - i * leading, lines.get(next + i), mono, fitted);
      }
      next += count;
      y -= height;
    }
    y -= 4;
  }

  /**
   * An image scaled to the page width, or smaller when it would be taller than a page, with a
   * caption above it.
   */
  public void image(PDImageXObject image, String caption, float captionSize) throws IOException {
    float maxHeight = TOP - BOTTOM - captionSize * 2 - 4;
    float scale = width() / image.getWidth();
    if (image.getHeight() * scale > maxHeight) {
      scale = maxHeight / image.getHeight();
    }
    float w = image.getWidth() * scale;
    float h = image.getHeight() * scale;
    ensure(h + captionSize * 1.5f + 4);
    paragraph(caption, fonts.bold(), captionSize);
    y -= 2;
    out.drawImage(image, MARGIN, y - h, w, h);
    out.setStrokingColor(BOX_LINE);
    out.setLineWidth(0.5f);
    out.addRect(MARGIN, y - h, w, h);
    out.stroke();
    out.setStrokingColor(Color.BLACK);
    y -= h + 6;
  }

  /** Whether {@code height} more points fit above the bottom margin of this page. */
  boolean fits(float height) throws IOException {
    page();
    return y - height >= BOTTOM;
  }

  /** Moves the cursor down without drawing. */
  void advance(float points) {
    y -= points;
  }

  /** A full-width line {@code above} points above the cursor. */
  void lineAcross(float above) throws IOException {
    out.setLineWidth(0.5f);
    out.moveTo(MARGIN, y + above);
    out.lineTo(MARGIN + width(), y + above);
    out.stroke();
  }

  private void line(float x, String drawable, PDFont font, float size) throws IOException {
    float leading = size * 1.35f;
    ensure(leading);
    text(x, y - size, drawable, font, size);
    y -= leading;
  }

  /** Draws drawable text with its baseline at the given height; the cursor does not move. */
  void text(float x, float baseline, String drawable, PDFont font, float size) throws IOException {
    if (drawable.isEmpty()) {
      return;
    }
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, baseline);
    out.showText(drawable);
    out.endText();
  }

  private void closeStream() throws IOException {
    if (out != null) {
      out.close();
      out = null;
    }
  }

  /** Ends the last page; call before {@link PageStamps#stamp} and before saving. */
  @Override
  public void close() throws IOException {
    closeStream();
  }
}
