package dev.ferry.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the invoice-review example on invoices made here with PDFBox: a complete one is filed, one
 * without a total is routed to review as LOW_CONFIDENCE.
 */
class InvoiceReviewIT {
  private static final Path EXAMPLE =
      Path.of("../process-definitions/examples/invoice-review.yaml");

  @TempDir Path dir;

  private String run(Path invoice, int expectedExit) {
    StringWriter out = new StringWriter();
    PrintWriter writer = new PrintWriter(out, true);
    int code =
        Ferry.execute(
            writer,
            writer,
            "run",
            EXAMPLE.toString(),
            "--input",
            "invoice=" + invoice,
            "--data-dir",
            dir.resolve("data").toString());
    assertThat(code).as(out.toString()).isEqualTo(expectedExit);
    return out.toString();
  }

  @Test
  void aCompleteInvoiceIsReadAndFiled() throws Exception {
    Path pdf =
        invoice(
            "complete.pdf",
            List.of(
                "ACME Office Supplies Ltd",
                "12 High Street, Leeds LS1 4AP",
                "INVOICE",
                "Invoice number: INV-2026-0415",
                "Invoice date: 2026-11-20",
                "Due date: 2026-12-20",
                "Description            Qty      Unit price      Amount",
                "Paper A4 500 sheets    10       4.99            49.90",
                "Subtotal: 49.90 EUR",
                "VAT 20%: 9.98 EUR",
                "Total: 59.88 EUR"));

    String output = run(pdf, 0);

    assertThat(output).contains("SUCCEEDED");
    Path filed = dir.resolve("data/work/invoices/INV-2026-0415.txt");
    assertThat(Files.readString(filed)).contains("INV-2026-0415").contains("EUR").contains("59.88");
  }

  @Test
  void anInvoiceWithoutATotalGoesToReviewAsLowConfidence() throws Exception {
    Path pdf =
        invoice(
            "no-total.pdf",
            List.of(
                "ACME Office Supplies Ltd",
                "INVOICE",
                "Invoice number: INV-2026-0416",
                "Invoice date: 2026-11-21",
                "Thank you for your business."));

    String output = run(pdf, 1);

    assertThat(output).contains("BUSINESS_FAILED").contains("LOW_CONFIDENCE");
    assertThat(Files.readString(dir.resolve("data/work/review/queue.txt")))
        .contains("no-total.pdf LOW_CONFIDENCE")
        .contains("total");
  }

  private Path invoice(String name, List<String> lines) throws Exception {
    Path file = dir.resolve(name);
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        float y = 740;
        for (String line : lines) {
          content.beginText();
          content.newLineAtOffset(60, y);
          content.showText(line);
          content.endText();
          y -= 22;
        }
      }
      document.save(file.toFile());
    }
    return file;
  }
}
