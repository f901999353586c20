package dev.ferry.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.document.invoice.Invoice;
import dev.ferry.document.invoice.InvoiceExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's invoices are read the way the demo's outcomes assume. */
class DemoInvoicesTest {
  @TempDir Path dir;

  @Test
  void everyDemoInvoiceIsReadWithItsSupplierNumberAndTotal() throws Exception {
    List<String> read =
        DemoInvoices.full("r1").stream()
            .filter(m -> m.expected() != DemoInvoices.Expected.DUPLICATE)
            .map(this::extract)
            .map(i -> i.vendor() + " | " + i.number() + " | " + i.date() + " | " + i.total())
            .toList();

    assertThat(read)
        .containsExactly(
            "Acme Office Supply Ltd | INV-2026-0101 | 2026-11-05 | 1445.50",
            "Nordic Paper GmbH | INV-2026-0102 | 2026-11-12 | 1808.56",
            "Blue River Logistics Inc | INV-2026-0117 | 2026-11-14 | 2340.00",
            "Acme Office Supply Ltd | INV-2026-0104 | 2026-11-15 | 3450.00",
            "Nordic Paper GmbH | INV-2026-0103 | 2026-11-16 | null",
            "Nordic Paper GmbH | INV-2026-0105 | 2026-11-18 | 764.10",
            "Harbour Catering Ltd | HC-7781 | 2026-11-19 | 1176.00",
            "Blue River Logistics Inc | INV-2026-0131 | 2026-11-20 | 418.75",
            "Acme Office Supply Ltd | INV-2026-0109 | 2026-11-21 | 263.95");
  }

  @Test
  void theQuickDemoIsTheFullDemosFirstInvoicesWithItsDuplicate() {
    assertThat(DemoInvoices.quick("r1"))
        .extracting(m -> m.messageId() + " " + m.expected())
        .containsExactly(
            "<inv-2026-0101.r1@supplier.example> SUCCEEDED",
            "<inv-2026-0102.r1@supplier.example> SUCCEEDED",
            "<inv-2026-0103.r1@supplier.example> BUSINESS_FAILED",
            "<inv-2026-0101.r1@supplier.example> DUPLICATE");
  }

  private Invoice extract(DemoInvoices.Mail mail) {
    try {
      Path file = dir.resolve(mail.fileName());
      Files.write(file, mail.pdf());
      return new InvoiceExtractor().extract(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
