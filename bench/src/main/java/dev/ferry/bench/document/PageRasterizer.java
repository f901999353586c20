package dev.ferry.bench.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Turns a PDF into what a scanner makes of its printout: every page a grey JPEG at 200 dpi, with no
 * text layer and no attachments, so that only OCR can read it.
 */
final class PageRasterizer {
  private static final int DPI = 200;

  private PageRasterizer() {}

  static Path scan(Path pdf, Path out) throws IOException {
    try (PDDocument source = Loader.loadPDF(pdf.toFile());
        PDDocument scan = new PDDocument()) {
      PDFRenderer renderer = new PDFRenderer(source);
      for (int i = 0; i < source.getNumberOfPages(); i++) {
        PDRectangle box = source.getPage(i).getCropBox();
        BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
        PDPage page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
        scan.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
          content.drawImage(
              JPEGFactory.createFromImage(scan, image, 0.85f),
              0,
              0,
              box.getWidth(),
              box.getHeight());
        }
      }
      scan.save(out.toFile());
    }
    return out;
  }
}
