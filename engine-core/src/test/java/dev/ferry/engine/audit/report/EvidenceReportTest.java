package dev.ferry.engine.audit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.engine.secrets.Redactor;
import dev.ferry.engine.spi.TransactionId;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(AuditLedgerExtension.class)
class EvidenceReportTest {
  private static final String HEAD = "9f2c" + "0".repeat(56) + "a1b2 (17 events)";
  private static AuditLedgerFixture fixture;
  private static Path pdf;
  private static int pages;
  private static PDDocument document;
  private static String allText;
  @TempDir static Path work;

  @BeforeAll
  static void writeReport(AuditLedgerFixture shared) throws IOException {
    fixture = shared;
    Redactor redactor = new Redactor();
    redactor.register(AuditLedgerFixture.SECRET);
    pdf = work.resolve("reports/" + fixture.succeeded.value() + ".pdf");
    pages = new EvidenceReport(fixture.ledger, HEAD, redactor).write(fixture.succeeded, pdf);
    document = Loader.loadPDF(pdf.toFile());
    allText = text(document, 1, document.getNumberOfPages());
  }

  @AfterAll
  static void closeDocument() throws IOException {
    document.close();
  }

  @Test
  void opensWithPdfBoxAndHasASummaryPageAndAPageRangeForSixSteps() throws IOException {
    assertThat(document.getNumberOfPages()).isEqualTo(pages).isBetween(4, 12);
    assertThat(document.getDocumentInformation().getTitle()).contains(fixture.succeeded.value());
    assertThat(document.getDocumentCatalog().getDocumentOutline().children())
        .hasSize(1 + fixture.stepPaths.size());
    String firstPage = text(document, 1, 1);
    assertThat(firstPage)
        .contains("Evidence report", "supplier-invoice-intake, version 1", "INV-2024-00731")
        .contains("SUCCEEDED", "Final variables", "C-88123", "Steps")
        .contains("covers audit chain head 9f2c");
  }

  @Test
  void containsEveryStepPathTheScreenTextAndTheRetriedFailure() throws IOException {
    for (String path : fixture.stepPaths) {
      assertThat(allText).contains(path);
    }
    assertThat(allText)
        .contains(
            "Sign On", "System  . . . . . :   PUB400", "Current library . . . . . . . . .   APLIB")
        .contains("Invoice Entry", "KEYBOARD_LOCKED", "SYSTEM_FAILED")
        .contains("https://portal.example.com/invoices/INV-2024-00731/confirmation")
        .contains("3 fields and 2 lines found")
        .contains("the first 40 of 86 lines of HTML are shown")
        .contains("Müller Straße GmbH", "Ωμέγα")
        .contains("This screenshot cannot be shown");
    assertThat(allText).doesNotContain(AuditLedgerFixture.SECRET).contains(Redactor.MASK);
  }

  @Test
  void embedsThePngAndJpegScreenshotsAndARepeatedScreenshotOnlyOnce() throws IOException {
    List<PDImageXObject> images = new ArrayList<>();
    for (PDPage page : document.getPages()) {
      PDResources resources = page.getResources();
      for (COSName name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof PDImageXObject image) {
          images.add(image);
        }
      }
    }
    // Three screenshots are shown, two of them the same PNG: the file holds two image objects.
    assertThat(allText).contains("Screenshot - after, again");
    assertThat(images.stream().map(PDImageXObject::getCOSObject).distinct()).hasSize(2);
    assertThat(images).extracting(PDImageXObject::getWidth).containsOnly(1280);
    assertThat(images).extracting(PDImageXObject::getSuffix).contains("jpg", "png");
  }

  @Test
  void keepsEveryCharacterWithinTheMarginsEvenWithCharactersTheFontLacks() throws IOException {
    List<TextPosition> positions = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> textPositions) {
            positions.addAll(textPositions);
          }
        };
    stripper.getText(document);
    PDRectangle a4 = PDRectangle.A4;
    assertThat(positions).hasSizeGreaterThan(3000);
    for (TextPosition p : positions) {
      assertThat(p.getXDirAdj()).as("left of %s", p.getUnicode()).isGreaterThanOrEqualTo(49f);
      assertThat(p.getXDirAdj() + p.getWidthDirAdj())
          .as("right edge of %s", p.getUnicode())
          .isLessThanOrEqualTo(a4.getWidth() - 49f);
      assertThat(p.getYDirAdj()).isBetween(30f, a4.getHeight() - 30f);
    }
    // DejaVu has no CJK glyphs and no emoji: they become '?' rather than stop the report.
    assertThat(allText).contains("????");
  }

  @Test
  void reportsATransactionThatIsStillRunningWithItsUnfinishedStep() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int count = new EvidenceReport(fixture.ledger, null).write(fixture.running, out);
    try (PDDocument running = Loader.loadPDF(out.toByteArray())) {
      assertThat(running.getNumberOfPages()).isEqualTo(count);
      assertThat(text(running, 1, count))
          .contains("RUNNING", "STARTED", "it did not finish", "No evidence was recorded")
          .contains("covers no audit chain head");
    }
  }

  @Test
  void refusesAnUnknownTransactionWithAClearMessageAndWritesNoFile() {
    Path target = work.resolve("missing.pdf");
    assertThatThrownBy(
            () ->
                new EvidenceReport(fixture.ledger, HEAD)
                    .write(new TransactionId("tx-nope"), target))
        .isInstanceOf(ReportException.class)
        .hasMessageContaining("no transaction tx-nope")
        .hasMessageContaining("ferry list");
    assertThat(target).doesNotExist();
  }

  @Test
  void rendersWithPopplerSoAPersonCanLookAtTheSummaryAndTheScreenshotPage() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/pdftoppm")),
        "pdftoppm is missing: install the Debian package poppler-utils to render the report");
    Path out = Path.of(System.getProperty("ferry.report.render.dir", work.toString()));
    Files.createDirectories(out);
    int screenshotPage = firstPageWithImage(document);
    for (int page : new int[] {1, screenshotPage}) {
      Process render =
          new ProcessBuilder(
                  "pdftoppm",
                  "-png",
                  "-r",
                  "60",
                  "-f",
                  String.valueOf(page),
                  "-l",
                  String.valueOf(page),
                  "-singlefile",
                  pdf.toString(),
                  out.resolve("report-page-" + page).toString())
              .redirectErrorStream(true)
              .start();
      String messages = new String(render.getInputStream().readAllBytes());
      assertThat(render.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(render.exitValue()).as(messages).isZero();
      assertThat(messages).as("poppler complained").isBlank();
      BufferedImage png = ImageIO.read(out.resolve("report-page-" + page + ".png").toFile());
      assertThat(png.getWidth()).isBetween(480, 510); // A4 at 60 dpi
      assertThat(inkFraction(png)).as("page %d has content", page).isGreaterThan(0.01);
    }
  }

  private static int firstPageWithImage(PDDocument document) throws IOException {
    for (int i = 0; i < document.getNumberOfPages(); i++) {
      PDResources resources = document.getPage(i).getResources();
      for (COSName name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof PDImageXObject) {
          return i + 1;
        }
      }
    }
    throw new AssertionError("no page has an image");
  }

  private static double inkFraction(BufferedImage image) {
    long ink = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFF) < 200) {
          ink++;
        }
      }
    }
    return (double) ink / ((long) image.getWidth() * image.getHeight());
  }

  private static String text(PDDocument document, int from, int to) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(from);
    stripper.setEndPage(to);
    return stripper.getText(document);
  }
}
