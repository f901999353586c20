package dev.ferry.engine.audit.report.internal;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** The small grey header and "page n of m" footer on every page, added once the pages exist. */
final class PageStamps {
  private static final float SIZE = 7;

  private PageStamps() {}

  /** Stamps every page of the document; each text is cut to one line. */
  static void stamp(PDDocument document, ReportFonts fonts, String header, String footer)
      throws IOException {
    int total = document.getNumberOfPages();
    PDFont font = fonts.regular();
    float left = PageFlow.MARGIN;
    float width = document.getPage(0).getMediaBox().getWidth() - 2 * PageFlow.MARGIN;
    Wrapping wrapping = new Wrapping(fonts, font, SIZE);
    for (int i = 0; i < total; i++) {
      PDPage page = document.getPage(i);
      float height = page.getMediaBox().getHeight();
      String pageNo = "page " + (i + 1) + " of " + total;
      float pageNoWidth = fonts.width(font, SIZE, pageNo);
      try (PDPageContentStream out =
          new PDPageContentStream(
              document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        out.setNonStrokingColor(Color.GRAY);
        text(out, font, wrapping.lines(header, width).get(0), left, height - PageFlow.MARGIN + 12);
        text(
            out,
            font,
            wrapping.lines(footer, width - pageNoWidth - 10).get(0),
            left,
            PageFlow.MARGIN - 4);
        text(out, font, pageNo, left + width - pageNoWidth, PageFlow.MARGIN - 4);
      }
    }
  }

  private static void text(PDPageContentStream out, PDFont font, String text, float x, float y)
      throws IOException {
    out.beginText();
    out.setFont(font, SIZE);
    out.newLineAtOffset(x, y);
    out.showText(text);
    out.endText();
  }
}
