package dev.ferry.document.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.document.testing.TestPdf;
import dev.ferry.engine.spi.BusinessException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
  @TempDir Path dir;
  private final DocumentReader reader = new DocumentReader(DocumentLimits.defaults());

  @Test
  void givesWordsTheirPageAndBoxFromTheTopLeft() {
    Path pdf =
        new TestPdf()
            .text(100, 200, "Hello world", 12)
            .newPage()
            .text(50, 80, "Second")
            .save(dir.resolve("a.pdf"));
    DocumentText text = reader.read(pdf);
    assertThat(text.pages()).hasSize(2);
    Word hello = text.pages().get(0).lines().get(0).words().get(0);
    assertThat(hello.text()).isEqualTo("Hello");
    assertThat(hello.page()).isEqualTo(1);
    assertThat(hello.x()).isCloseTo(100f, org.assertj.core.data.Offset.offset(0.5f));
    // the baseline is at 200; the box spans the glyphs above it
    assertThat(hello.bottom()).isCloseTo(200f, org.assertj.core.data.Offset.offset(1f));
    assertThat(hello.y()).isLessThan(200f).isGreaterThan(188f);
    assertThat(text.pages().get(1).lines().get(0).words().get(0).page()).isEqualTo(2);
  }

  @Test
  void putsLinesInReadingOrderWhateverOrderTheyWereWritten() {
    Path pdf =
        new TestPdf()
            .text(50, 300, "third line")
            .text(50, 100, "first line")
            .text(300, 200, "right")
            .text(50, 200, "second")
            .save(dir.resolve("order.pdf"));
    assertThat(reader.read(pdf).text()).isEqualTo("first line\nsecond right\nthird line");
  }

  @Test
  void splitsALineIntoCellsAtWideGaps() {
    Path pdf =
        new TestPdf()
            .row(100, new float[] {50, 300}, "Invoice number:", "A-17")
            .save(dir.resolve("cells.pdf"));
    TextLine line = reader.read(pdf).lines().get(0);
    assertThat(line.segments(1.2f))
        .extracting(TextLine::text)
        .containsExactly("Invoice number:", "A-17");
  }

  @Test
  void readsTheFilesEmbeddedInAPdf() {
    Path pdf =
        new TestPdf()
            .text(50, 50, "Invoice")
            .attach("factur-x.xml", "<a/>")
            .save(dir.resolve("att.pdf"));
    assertThat(reader.read(pdf).attachments())
        .extracting(DocumentText.Attachment::name)
        .containsExactly("factur-x.xml");
  }

  @Test
  void readsAUtf8TextFileWithItsColumnsKept() throws IOException {
    Path txt =
        Files.writeString(
            dir.resolve("a.txt"), "Total:        12,50 €\nZweite Zeile", StandardCharsets.UTF_8);
    DocumentText text = reader.read(txt);
    assertThat(text.lines()).hasSize(2);
    assertThat(text.lines().get(0).segments(1.2f))
        .extracting(TextLine::text)
        .containsExactly("Total:", "12,50 €");
  }

  @Test
  void refusesTextInAnUnknownEncoding() throws IOException {
    Path txt =
        Files.write(
            dir.resolve("latin1.txt"),
            "Gr\u00fc\u00dfe, Stra\u00dfe".getBytes(StandardCharsets.ISO_8859_1));
    assertCode(txt, "UNKNOWN_ENCODING");
  }

  @Test
  void refusesAnEmptyFile() throws IOException {
    assertCode(Files.createFile(dir.resolve("empty.pdf")), "DOCUMENT_EMPTY");
  }

  @Test
  void refusesAMissingFile() {
    assertCode(dir.resolve("nope.pdf"), "DOCUMENT_NOT_FOUND");
  }

  @Test
  void refusesACorruptedPdf() throws IOException {
    byte[] good =
        Files.readAllBytes(new TestPdf().text(50, 50, "Hello").save(dir.resolve("g.pdf")));
    Path bad = Files.write(dir.resolve("bad.pdf"), Arrays.copyOf(good, 60));
    assertCode(bad, "PDF_CORRUPTED");
  }

  @Test
  void refusesBinaryThatIsNotAPdf() throws IOException {
    Path bin = Files.write(dir.resolve("x.pdf"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    assertCode(bin, "UNSUPPORTED_FORMAT");
  }

  @Test
  void refusesAPasswordProtectedPdf() throws IOException {
    Path pdf = dir.resolve("locked.pdf");
    try (PDDocument doc = new TestPdf().text(50, 50, "Secret invoice").build()) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner", "user", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(pdf.toFile());
    }
    assertThatThrownBy(() -> reader.read(pdf))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.code()).isEqualTo("PDF_ENCRYPTED"))
        .hasMessageContaining("locked.pdf");
  }

  @Test
  void refusesAFiveThousandPagePdfWithoutReadingItsPages() throws IOException {
    Path pdf = dir.resolve("huge.pdf");
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < 5000; i++) {
        doc.addPage(new PDPage());
      }
      doc.save(pdf.toFile());
    }
    long start = System.nanoTime();
    assertThatThrownBy(() -> reader.read(pdf))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.code()).isEqualTo("PDF_TOO_MANY_PAGES"))
        .hasMessageContaining("5000 pages");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void refusesAFileLargerThanTheLimit() {
    Path pdf = new TestPdf().text(50, 50, "Hello").save(dir.resolve("big.pdf"));
    DocumentReader strict =
        new DocumentReader(new DocumentLimits(100, 10, Duration.ofSeconds(5), 1 << 20));
    assertThatThrownBy(() -> strict.read(pdf))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.code()).isEqualTo("DOCUMENT_TOO_LARGE"));
  }

  @Test
  void refusesAPdfWithoutATextLayer() throws IOException {
    Path pdf = dir.resolve("scan.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        out.addRect(50, 50, 200, 100);
        out.fill();
      }
      doc.save(pdf.toFile());
    }
    assertCode(pdf, "PDF_NO_TEXT");
  }

  @Test
  void stopsAPdfThatTakesLongerThanTheTimeLimit() throws IOException {
    Path pdf = dir.resolve("slow.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        for (int i = 0; i < 200_000; i++) {
          out.saveGraphicsState();
          out.restoreGraphicsState();
        }
      }
      doc.save(pdf.toFile());
    }
    DocumentReader hurried =
        new DocumentReader(DocumentLimits.defaults().withTimeout(Duration.ofMillis(1)));
    assertThatThrownBy(() -> hurried.read(pdf))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.code()).isEqualTo("DOCUMENT_TIMEOUT"));
  }

  @Test
  void readsTheTextBesideAHugeImageWithoutDecodingIt() throws IOException {
    Path pdf = dir.resolve("huge-image.pdf");
    try (PDDocument doc = new TestPdf().text(50, 50, "Invoice number: 42").build()) {
      // 1x1 pixel of data declared as 100,000 x 100,000 pixels: 30 GB if anything decoded it.
      PDImageXObject image =
          LosslessFactory.createFromImage(doc, new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB));
      image.getCOSObject().setInt(COSName.WIDTH, 100_000);
      image.getCOSObject().setInt(COSName.HEIGHT, 100_000);
      PDPage page = doc.getPage(0);
      try (PDPageContentStream out =
          new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, false)) {
        out.drawImage(image, 100, 100, 300, 300);
      }
      doc.save(pdf.toFile());
    }
    long start = System.nanoTime();
    assertThat(reader.read(pdf).text()).isEqualTo("Invoice number: 42");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  private void assertCode(Path file, String code) {
    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo(code))
        .hasMessageContaining(file.getFileName().toString());
  }
}
