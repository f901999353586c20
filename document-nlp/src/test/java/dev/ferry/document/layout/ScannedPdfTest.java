package dev.ferry.document.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.document.invoice.Invoice;
import dev.ferry.document.invoice.InvoiceExtractor;
import dev.ferry.document.layout.internal.TesseractOcr;
import dev.ferry.engine.spi.BusinessException;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scanned invoice, a page that is only an image, read through Tesseract when it is installed. */
class ScannedPdfTest {
  @TempDir Path dir;

  @BeforeEach
  void needsTesseract() {
    assumeTrue(
        TesseractOcr.languages().isPresent(),
        "tesseract-ocr is not installed (scripts/install-packages installs it)");
  }

  /** An A4 page at 200 dpi whose only content is a picture of the text, as a scanner makes it. */
  private Path scan(String... lines) throws IOException {
    int dpi = 200;
    int width = Math.round(PDRectangle.A4.getWidth() / 72 * dpi);
    int height = Math.round(PDRectangle.A4.getHeight() / 72 * dpi);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 34));
    for (int i = 0; i < lines.length; i++) {
      String[] cells = lines[i].split("\\|");
      for (int c = 0; c < cells.length; c++) {
        g.drawString(cells[c], 150 + c * 800, 200 + i * 70);
      }
    }
    g.dispose();
    Path pdf = dir.resolve("scan.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        out.drawImage(
            LosslessFactory.createFromImage(doc, image),
            0,
            0,
            PDRectangle.A4.getWidth(),
            PDRectangle.A4.getHeight());
      }
      doc.save(pdf.toFile());
    }
    return pdf;
  }

  @Test
  void readsTheWordsOfAScannedPageWithTheirPlaceOnThePage() throws IOException {
    Path pdf = scan("Northwind Traders Ltd", "", "INVOICE", "Invoice number:|INV-2024-0042");

    DocumentText text = new DocumentReader(DocumentLimits.defaults()).read(pdf);

    assertThat(text.text()).contains("Northwind Traders Ltd").contains("INV-2024-0042");
    Word first = text.pages().get(0).lines().get(0).words().get(0);
    assertThat(first.text()).isEqualTo("Northwind");
    // drawn at 150 px from the left and about 175 px from the top at 200 dpi
    assertThat(first.x()).isBetween(50f, 58f);
    assertThat(first.y()).isBetween(55f, 70f);
    // Tesseract's own confidence comes with each word, and is never more than certain
    assertThat(text.lines().stream().flatMap(l -> l.words().stream()).map(Word::confidence))
        .allMatch(c -> c > 0.3f && c <= 1f)
        .anyMatch(c -> c < 1f);
    // the label and its value, far apart on one baseline, are one line with a gap
    TextLine labelled = text.pages().get(0).lines().get(2);
    assertThat(labelled.segments(1.2f)).hasSize(2);
  }

  @Test
  void extractsAnInvoiceFromAScan() throws IOException {
    Path pdf =
        scan(
            "Northwind Traders Ltd",
            "12 Harbour Road, Bristol",
            "",
            "INVOICE",
            "Invoice number:|INV-2024-0042",
            "Invoice date:|03.03.2024",
            "",
            "Net amount:|1,000.00 EUR",
            "VAT 20%:|200.00 EUR",
            "Total:|1,200.00 EUR");

    Invoice invoice = new InvoiceExtractor().extract(pdf);

    assertThat(invoice.number()).isEqualTo("INV-2024-0042");
    assertThat(invoice.date()).hasToString("2024-03-03");
    assertThat(invoice.total()).isEqualByComparingTo("1200.00");
    assertThat(invoice.net()).isEqualByComparingTo("1000.00");
    assertThat(invoice.vendor()).isEqualTo("Northwind Traders Ltd");
    assertThat(invoice.provenance().get("total").page()).isEqualTo(1);
  }

  @Test
  void aScanOfAHugeImageEndsInAClearFailureWithinBoundedTimeAndMemory() throws IOException {
    Path pdf = dir.resolve("huge-scan.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      // 1x1 pixel of data declared as 100,000 x 100,000 pixels: 30 GB if decoded at full size.
      PDImageXObject image =
          LosslessFactory.createFromImage(doc, new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB));
      image.getCOSObject().setInt(COSName.WIDTH, 100_000);
      image.getCOSObject().setInt(COSName.HEIGHT, 100_000);
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        out.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
      }
      doc.save(pdf.toFile());
    }
    long start = System.nanoTime();

    assertThatThrownBy(() -> new DocumentReader(DocumentLimits.defaults()).read(pdf))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.code()).isEqualTo("PDF_NO_TEXT");
              assertThat(e.getMessage()).contains("OCR found no words");
            });
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void stopsOcrAtTheTimeLimitAndLeavesNoTesseractRunning() throws IOException {
    Path pdf = scan("Northwind Traders Ltd", "INVOICE", "Invoice number:|INV-2024-0042");
    DocumentReader hurried =
        new DocumentReader(DocumentLimits.defaults().withTimeout(Duration.ofMillis(300)));

    assertThatThrownBy(() -> hurried.read(pdf))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.code()).isEqualTo("DOCUMENT_TIMEOUT"));
    assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();
  }
}
