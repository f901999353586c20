package dev.ferry.document.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.document.layout.DocumentLimits;
import dev.ferry.document.testing.TestPdf;
import dev.ferry.engine.spi.FerryException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-vendor templates read the fields they give; the layout rules read the rest. */
class InvoiceTemplateTest {
  @TempDir Path dir;

  private static final String TAILSPIN =
      """
      vendor: Tailspin Toys Ltd
      keywords: [Tailspin Toys, GB 123 4567 89]
      fields:
        number: 'Ref\\.\\s*(TT-\\d+)'
        date: { regex: 'Issued\\s+(\\d{2}/\\d{2}/\\d{4})', format: dd/MM/yyyy }
        total: 'Please pay\\s+([\\d.,]+)'
        currency: { value: GBP }
      """;

  /** An invoice whose number, date and total have no label the rules know. */
  private Path tailspinInvoice() {
    return new TestPdf()
        .bold(50, 50, "Tailspin Toys Ltd", 14)
        .text(50, 64, "VAT GB 123 4567 89")
        .text(50, 110, "Ref. TT-4471")
        .text(50, 124, "Issued 07/03/2025")
        .text(50, 200, "Please pay 1,234.50 within 30 days")
        .text(50, 260, "IBAN GB33 BUKB 2020 1555 5555 55")
        .save(dir.resolve("tailspin.pdf"));
  }

  private InvoiceExtractor extractor(String... templates) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("templates"));
    for (int i = 0; i < templates.length; i++) {
      Files.writeString(folder.resolve("vendor-" + i + ".yaml"), templates[i]);
    }
    return new InvoiceExtractor(DocumentLimits.defaults(), InvoiceTemplates.load(folder));
  }

  @Test
  void aMatchingTemplateReadsItsFieldsAndTheRulesReadTheRest() throws Exception {
    Invoice i = extractor(TAILSPIN).extract(tailspinInvoice());

    assertThat(i.vendor()).isEqualTo("Tailspin Toys Ltd");
    assertThat(i.number()).isEqualTo("TT-4471");
    assertThat(i.date()).isEqualTo(LocalDate.of(2025, 3, 7));
    assertThat(i.total()).isEqualByComparingTo("1234.50");
    assertThat(i.currency()).isEqualTo("GBP");
    assertThat(i.iban()).as("from the layout rules").isEqualTo("GB33BUKB20201555555555");
    assertThat(i.source()).isEqualTo("TEMPLATE");
    assertThat(i.provenance().get("number").method()).isEqualTo(ExtractionMethod.TEMPLATE);
    assertThat(i.provenance().get("number").evidence()).contains("vendor-0.yaml");
    assertThat(i.provenance().get("iban").method()).isNotEqualTo(ExtractionMethod.TEMPLATE);
  }

  @Test
  void withoutAMatchingTemplateTheRulesReadTheInvoiceAlone() throws Exception {
    String other = TAILSPIN.replace("Tailspin Toys, GB 123 4567 89", "Wingtip Toys");
    Invoice i = extractor(other).extract(tailspinInvoice());

    assertThat(i.source()).isEqualTo("LAYOUT");
    assertThat(i.number()).isNotEqualTo("TT-4471");
    assertThat(i.provenance().values()).noneMatch(p -> p.method() == ExtractionMethod.TEMPLATE);
  }

  @Test
  void aBrokenTemplateIsRefusedWithItsFileAndTheProblem() throws Exception {
    for (var bad :
        List.of(
            List.of(TAILSPIN.replace("(TT-\\d+)", "(TT-\\d+"), "fields: number: the regular"),
            List.of(TAILSPIN.replace("  total:", "  totl:"), "cannot read field 'totl'"),
            List.of(
                TAILSPIN.replace("keywords: [Tailspin Toys, GB 123 4567 89]\n", ""),
                "needs 'keywords: [...]'"),
            List.of("vendor: [", "is not valid YAML"))) {
      Path folder = Files.createDirectories(dir.resolve("bad-" + bad.hashCode()));
      Files.writeString(folder.resolve("broken.yaml"), bad.get(0));

      assertThatThrownBy(() -> InvoiceTemplates.load(folder))
          .isInstanceOf(FerryException.class)
          .hasMessageContaining("broken.yaml")
          .hasMessageContaining(bad.get(1));
    }
  }
}
